package org.gongkai.opendata;

/** A checked data request as a visitor sent it: the data wanted, why, and how to reach them (phone or e-mail). */
public record DataRequestDraft(String title, String description, String purpose, String name, String phone,
                               String email) {
}
