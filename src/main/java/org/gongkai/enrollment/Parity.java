package org.gongkai.enrollment;

/** Which house numbers of a range a rule covers: all, the odd (单号) or the even (双号) side of the street. */
public enum Parity {
    ALL, ODD, EVEN;

    boolean admits(int number) {
        return this == ALL || (this == ODD) == (number % 2 == 1);
    }

    public String labelKey() {
        return "zoning.parity." + name();
    }
}
