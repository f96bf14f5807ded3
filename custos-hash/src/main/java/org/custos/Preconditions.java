package org.custos;

/** Small checks for the boundaries of the libraries; each failure names the bad value. */
public final class Preconditions {
    private Preconditions() {
    }

    public static void check(boolean condition, String format, Object... args) {
        if (!condition) {
            throw new InvalidValueException(String.format(format, args));
        }
    }

    public static int checkRange(int value, int min, int max, String name) {
        check(value >= min && value <= max, "%s must be between %d and %d, was %d", name, min, max, value);
        return value;
    }

    public static <T> T checkNotNull(T value, String name) {
        check(value != null, "%s is required", name);
        return value;
    }
}
