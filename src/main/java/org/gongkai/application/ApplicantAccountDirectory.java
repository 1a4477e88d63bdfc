package org.gongkai.application;

import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * The application module's face for modules that offer the signed-in applicant ({@link ApplicantSession}) something
 * in their {@code /my} account (participation's messages): what they may show of the account, so that no other
 * module reads the {@code applicant_account} table.
 */
@Service
public class ApplicantAccountDirectory {

    private final ApplicantAccounts accounts;

    ApplicantAccountDirectory(ApplicantAccounts accounts) {
        this.accounts = accounts;
    }

    /** The account's e-mail address (its sign-in name), or empty when there is no such account. */
    public Optional<String> email(long accountId) {
        return accounts.email(accountId);
    }
}
