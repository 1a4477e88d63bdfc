package org.gongkai.inspection;

import java.util.List;

/**
 * One line of the inspection: what is checked ({@code key}, with {@code key + ".rule"} stating the indicator), the
 * veto of 国办秘函〔2019〕19号 it belongs to, the verdict, and a message with what was found.
 */
record Check(String key, int veto, Verdict verdict, String detailKey, List<Object> args) {
}
