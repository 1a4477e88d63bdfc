package org.gongkai.inspection;

/** Where a site stands against one check: passed, failed, or not checked because the platform cannot know. */
enum Verdict {
    PASSED, FAILED, NOT_CHECKED
}
