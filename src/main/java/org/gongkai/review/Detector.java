package org.gongkai.review;

import java.util.List;

/** One family of patterns: a single pass over the text that adds what it finds. */
interface Detector {

    /** Not preceded by a letter or digit, nor by a digit and a decimal point or hyphen (part of a longer number). */
    String START = "(?<![0-9A-Za-z])(?<![0-9][.\\-])";
    /** Not followed by a letter or digit, nor by a decimal point or hyphen and a digit. */
    String END = "(?![0-9A-Za-z])(?![.\\-][0-9])";

    void detect(ScanText text, List<Finding> out);
}
