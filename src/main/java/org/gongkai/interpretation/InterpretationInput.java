package org.gongkai.interpretation;

/** What staff typed in the form that links an interpretation to a policy, as text. */
public record InterpretationInput(String document, String policy, String form, String interpreter,
                                  String interpreterName, String mediaUrl, String followUp) {

    static InterpretationInput blank() {
        return new InterpretationInput(null, null, null, null, null, null, null);
    }
}
