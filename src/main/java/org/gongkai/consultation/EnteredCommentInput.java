package org.gongkai.consultation;

/**
 * A comment received outside the site as staff type it in: the passage (blank: the whole draft), the channel, the
 * day it was received (yyyy-MM-dd), the writer's name and contact (optional) and the text.
 */
public record EnteredCommentInput(String passage, String channel, String receivedOn, String name, String contact,
                                  String body) {
}
