package org.gongkai.application;
public record ChallengeCount(ChallengeKind kind, ChallengeResult result, long count) {}
