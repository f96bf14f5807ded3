package org.custos.lists.format;

import java.util.Map;
import org.custos.lists.SignalType;

/** HMA / python-threatexchange signal type names and the Custos types they are. */
final class HmaSignalTypes {
    private static final Map<String, SignalType> BY_NAME = Map.of("pdq", SignalType.PDQ,
            "video_md5", SignalType.VIDEO_MD5, "md5", SignalType.MD5, "vpdq", SignalType.VPDQ,
            "tmk_pdqf", SignalType.TMK_PDQF);

    private HmaSignalTypes() {
    }

    static SignalType of(String name) {
        SignalType t = BY_NAME.get(name.strip().toLowerCase(java.util.Locale.ROOT));
        if (t == null) throw new IllegalArgumentException("unknown HMA signal type '" + name + "'; known: "
                + new java.util.TreeSet<>(BY_NAME.keySet()));
        return t;
    }

    static String name(SignalType type) {
        return BY_NAME.entrySet().stream().filter(e -> e.getValue() == type).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }
}
