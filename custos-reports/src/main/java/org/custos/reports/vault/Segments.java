package org.custos.reports.vault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Streaming authenticated encryption of one evidence item, after the STREAM construction (Hoang, Reyhanitabar,
 * Rogaway, Vizár, "Online Authenticated-Encryption and its Nonce-Reuse Misuse-Resistance", CRYPTO 2015), as
 * Tink's AES-GCM-HKDF streaming AEAD also does: the content goes through in 64 KiB segments, each sealed with
 * AES-256-GCM, so neither side ever holds a whole file and plaintext never reaches disk.
 *
 * <p>Layout: header {@code "CVLT" | version 1 | 16-byte salt | segment size (int)}, then segments of
 * {@code size + 16} bytes, the last one shorter (a plaintext that fills its last segment gets an empty final
 * one). Invariants: the item key is HMAC-SHA256(data key, "custos-vault-item" || salt), fresh per item, so nonces
 * can be counters; the nonce is 7 zero bytes, the segment counter and a last-segment flag, so reordered,
 * dropped, truncated or appended segments fail authentication; the header and item id are associated data of
 * every segment, so a ciphertext cannot be passed off as another item's.
 */
public final class Segments {
    static final int SIZE = 64 * 1024;
    static final int TAG = 16;
    private static final byte[] MAGIC = {'C', 'V', 'L', 'T', 1};
    static final int HEADER = MAGIC.length + 16 + 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Segments() {
    }

    /** Encrypts {@code plaintext} to {@code out}; returns the size and SHA-256 of the plaintext. */
    public static SealedItem seal(DataKey key, String itemId, InputStream plaintext, OutputStream out) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] header = ByteBuffer.allocate(HEADER).put(MAGIC).put(salt).putInt(SIZE).array();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            SecretKeySpec k = itemKey(key, salt);
            byte[] aad = aad(header, itemId);
            out.write(header);
            long size = 0;
            for (int counter = 0; ; counter++) {
                byte[] chunk = plaintext.readNBytes(SIZE);
                sha.update(chunk);
                size += chunk.length;
                boolean last = chunk.length < SIZE;
                out.write(crypt(Cipher.ENCRYPT_MODE, k, counter, last, aad, chunk));
                if (last) break;
            }
            return new SealedItem(itemId, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new VaultException("sealing item " + itemId + " failed: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stream of the plaintext; each segment is authenticated before any of its bytes are returned. */
    public static InputStream open(DataKey key, String itemId, InputStream ciphertext) {
        try {
            byte[] header = ciphertext.readNBytes(HEADER);
            if (header.length < HEADER || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
                throw new VaultException("item " + itemId + " is not a Custos vault ciphertext (version 1)");
            }
            int size = ByteBuffer.wrap(header, HEADER - 4, 4).getInt();
            if (size != SIZE) throw new VaultException("item " + itemId + " has an unsupported segment size " + size);
            SecretKeySpec k = itemKey(key, Arrays.copyOfRange(header, MAGIC.length, MAGIC.length + 16));
            return new SegmentInputStream(ciphertext, segment -> crypt(Cipher.DECRYPT_MODE, k, segment.counter(),
                    segment.last(), aad(header, itemId), segment.bytes()), itemId);
        } catch (IOException e) {
            throw new VaultException("opening item " + itemId + " failed: " + e.getMessage(), e);
        }
    }

    static byte[] crypt(int mode, SecretKeySpec key, int counter, boolean last, byte[] aad, byte[] input) {
        try {
            byte[] nonce = ByteBuffer.allocate(12).put(new byte[7]).putInt(counter).put((byte) (last ? 1 : 0)).array();
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, key, new GCMParameterSpec(TAG * 8, nonce));
            c.updateAAD(aad);
            return c.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new VaultException("segment " + counter + " fails authentication: wrong key, or the ciphertext was"
                    + " altered or truncated", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SecretKeySpec itemKey(DataKey key, byte[] salt) {
        return new SecretKeySpec(key.derive("custos-vault-item", salt), "AES");
    }

    private static byte[] aad(byte[] header, String itemId) {
        byte[] id = itemId.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(header.length + id.length).put(header).put(id).array();
    }
}
