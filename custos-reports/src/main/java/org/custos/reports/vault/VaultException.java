package org.custos.reports.vault;

import org.custos.reports.ReportException;

/** Evidence could not be sealed, opened or shredded: wrong key, tampered or truncated ciphertext, a hold. */
public class VaultException extends ReportException {
    public VaultException(String message) {
        super(message);
    }

    public VaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
