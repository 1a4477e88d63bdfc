package org.gongkai.application;

import org.gongkai.identity.PasswordPolicy;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.FieldErrors;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Optional applicant accounts (e-mail and password): a place where an applicant sees all their applications. Five
 * wrong passwords lock the account for 15 minutes; an application joins an account only with its query code.
 */
@Service
class ApplicantAccounts {

    static final int LIMIT = 5;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final ApplicantLookup lookup;
    /** Compared against when no account has the address, so both answers take one bcrypt; made at first need. */
    private final Supplier<String> dummyHash;

    ApplicantAccounts(JdbcClient jdbc, PasswordEncoder encoder, ApplicantLookup lookup) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.lookup = lookup;
        // not in the constructor: a bcrypt of strength 12 is a twentieth of the whole start-up's CPU (JFR, session 8)
        this.dummyHash = SingletonSupplier.of(() -> encoder.encode("NO-SUCH-ACCOUNT-Pw1"));
    }

    @Transactional
    long register(String email, String password, String confirm) {
        String e = normalise(email);
        FieldErrors errors = new FieldErrors();
        errors.require(e.matches("[^@\\s]{1,64}@[^@\\s]{1,35}\\.[^@\\s]{1,20}"), "email", "app.account.email.invalid");
        String problem = PasswordPolicy.problem(password);
        if (problem != null) {
            errors.reject("password", problem);
        } else if (!password.equals(confirm)) {
            errors.reject("confirm", "password.mismatch");
        }
        if (errors.isEmpty() && jdbc.sql("select count(*) from applicant_account where email = ?").param(e)
                .query(Long.class).single() > 0) {
            errors.reject("email", "app.account.email.taken");
        }
        errors.throwIfAny();
        return jdbc.sql("insert into applicant_account (email, password_hash) values (?, ?) returning id")
                .params(e, encoder.encode(password)).query(Long.class).single();
    }

    /** The account id when the password is right and the account not locked; counts failures. */
    @Transactional
    Optional<Long> signIn(String email, String password) {
        String e = normalise(email);
        var row = jdbc.sql("select id, password_hash, locked_until from applicant_account where email = ?").param(e)
                .query((rs, i) -> new Object[]{rs.getLong(1), rs.getString(2), rs.getTimestamp(3)}).optional();
        boolean matches = encoder.matches(password == null ? "" : password, row.map(r -> (String) r[1]).orElseGet(dummyHash));
        if (row.isEmpty()) {
            return Optional.empty();
        }
        long id = (Long) row.get()[0];
        Timestamp locked = (Timestamp) row.get()[2];
        if (locked != null && locked.toInstant().isAfter(Instant.now())) {
            throw new ConflictException("app.account.locked");
        }
        if (!matches) {
            jdbc.sql("""
                    update applicant_account set failed_logins = failed_logins + 1,
                           locked_until = case when failed_logins + 1 >= ? then now() + interval '15 minutes' else null end
                     where id = ?""").params(LIMIT, id).update();
            return Optional.empty();
        }
        jdbc.sql("update applicant_account set failed_logins = 0, locked_until = null where id = ?").param(id).update();
        return Optional.of(id);
    }

    /** Joins an application to the account when the tracking number and query code match; false otherwise. */
    @Transactional
    boolean link(long accountId, String trackingNumber, String queryCode) {
        return lookup.find(trackingNumber, queryCode).map(app -> {
            link(accountId, app.id());
            return true;
        }).orElse(false);
    }

    void link(long accountId, long applicationId) {
        int linked = jdbc.sql("""
                insert into applicant_account_application (account_id, application_id) values (?, ?)
                on conflict (application_id) do nothing""").params(accountId, applicationId).update();
        if (linked == 0 && jdbc.sql("select account_id from applicant_account_application where application_id = ?")
                .param(applicationId).query(Long.class).single() != accountId) {
            throw new ConflictException("app.account.linkedElsewhere");
        }
    }

    List<Long> applicationsOf(long accountId) {
        return jdbc.sql("select application_id from applicant_account_application where account_id = ? order by linked_at desc")
                .param(accountId).query(Long.class).list();
    }

    Optional<String> email(long accountId) {
        return jdbc.sql("select email from applicant_account where id = ?").param(accountId).query(String.class).optional();
    }

    private static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
