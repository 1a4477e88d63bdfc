package org.gongkai.integrity.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hashes a client address with the database's secret salt, so checks can be counted without keeping addresses. */
@Component
class AddressHasher {

    private final JdbcClient jdbc;
    private volatile String salt;

    AddressHasher(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String hash(String address) {
        if (salt == null) {
            salt = jdbc.sql("select value from integrity_setting where name = 'ip_salt'").query(String.class).single();
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(salt.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
