package org.gongkai.interpretation;

/**
 * The forms of interpretation the founding policy names (art. 十一). A graphic, video or audio interpretation is a
 * document whose body is the full text alternative or transcript; video and audio also point to the recording.
 */
public enum InterpretationForm {
    TEXT, GRAPHIC, VIDEO, AUDIO, QA, EXPERT, PRESS, LEADER;

    public String labelKey() {
        return "interp.form." + name();
    }

    /** A form whose document body stands in for images or a recording: it must not be empty. */
    public boolean needsTextAlternative() {
        return this == GRAPHIC || this == VIDEO || this == AUDIO;
    }

    public boolean needsMedia() {
        return this == VIDEO || this == AUDIO;
    }
}
