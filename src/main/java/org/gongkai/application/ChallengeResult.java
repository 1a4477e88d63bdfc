package org.gongkai.application;
public enum ChallengeResult { MAINTAINED, CORRECTED, OTHER, PENDING }
