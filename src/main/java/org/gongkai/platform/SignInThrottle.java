package org.gongkai.platform;

/** Says whether a sign-in attempt comes sooner than the earlier failures for that name and address allow. */
public interface SignInThrottle {

    boolean tooSoon(String username, String address);
}
