package org.gongkai.application;
public enum ChallengeKind { RECONSIDERATION, LITIGATION_DIRECT, LITIGATION_AFTER_RECONSIDERATION }
