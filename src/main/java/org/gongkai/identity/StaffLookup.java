package org.gongkai.identity;

import org.springframework.stereotype.Service;

import java.util.Optional;

/** Finds an enabled staff account by user name, for operator commands that act in someone's name. */
@Service
public class StaffLookup {

    private final StaffUserDetailsService users;

    StaffLookup(StaffUserDetailsService users) {
        this.users = users;
    }

    public Optional<StaffUser> byUsername(String username) {
        return username == null ? Optional.empty() : users.reload(username.trim().toLowerCase());
    }
}
