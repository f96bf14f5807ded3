package org.custos.lists;

import java.util.Arrays;
import java.util.Locale;
import org.custos.InvalidValueException;

/** Enum values read from files: upper-cased, and an unknown one named with the values that exist. */
public final class Enums {
    private Enums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
        if (value != null) {
            String wanted = value.strip().toUpperCase(Locale.ROOT);
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(wanted)) return e;
            }
        }
        throw new InvalidValueException("unknown " + name + " '" + value + "'; known: "
                + Arrays.toString(type.getEnumConstants()));
    }
}
