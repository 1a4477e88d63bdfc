package org.gongkai.integrity.clean;

import java.util.List;

/**
 * One job of the cleaning pipeline. The text travels as lines; an empty line separates blocks (paragraphs as
 * the page laid them out). A step returns new lines and records what it removed.
 */
public interface CleaningStep {

    List<String> apply(List<String> lines, RemovalLog log);
}
