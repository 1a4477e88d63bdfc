package org.gongkai.consultation;

/** How the public may send comments: online here, by e-mail, by post, at a meeting (座谈会) or a hearing (听证会). */
enum Channel {
    ONLINE, EMAIL, POST, MEETING, HEARING;

    public String labelKey() {
        return "consult.channel." + name();
    }
}
