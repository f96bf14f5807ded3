package org.custos.hash;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * The few TurboJPEG 2.x functions Custos calls, bound through the FFM API to Debian's {@code libturbojpeg.so.0}
 * when it is installed. Calls that touch Java arrays are "critical" (no safepoint during the call), which lets
 * libjpeg-turbo read the file bytes and write the pixels in place, with no copies. Native access is intended here
 * (the launcher, tests and benchmarks pass --enable-native-access), hence the suppressed "restricted" lint.
 */
@SuppressWarnings("restricted")
final class TurboJpeg {
    static final int PIXEL_RGB = 0;
    static final int PIXEL_GREY = 6;
    static final int ERROR_WARNING = 0;
    static final int FLAG_ACCURATE_DCT = 4096;

    private static final Optional<TurboJpeg> LIBRARY = load();

    final MethodHandle initDecompress;
    final MethodHandle decompressHeader3;
    final MethodHandle decompress2;
    final MethodHandle errorString;
    final MethodHandle errorCode;
    final MethodHandle destroy;

    private TurboJpeg(SymbolLookup lib) {
        Linker linker = Linker.nativeLinker();
        Linker.Option heap = Linker.Option.critical(true);
        var address = ValueLayout.ADDRESS;
        var integer = ValueLayout.JAVA_INT;
        var size = ValueLayout.JAVA_LONG;
        initDecompress = linker.downcallHandle(lib.findOrThrow("tjInitDecompress"), FunctionDescriptor.of(address));
        decompressHeader3 = linker.downcallHandle(lib.findOrThrow("tjDecompressHeader3"),
                FunctionDescriptor.of(integer, address, address, size, address, address, address, address), heap);
        decompress2 = linker.downcallHandle(lib.findOrThrow("tjDecompress2"), FunctionDescriptor.of(integer,
                address, address, size, address, integer, integer, integer, integer, integer), heap);
        errorString = linker.downcallHandle(lib.findOrThrow("tjGetErrorStr2"), FunctionDescriptor.of(address, address));
        errorCode = linker.downcallHandle(lib.findOrThrow("tjGetErrorCode"), FunctionDescriptor.of(integer, address));
        destroy = linker.downcallHandle(lib.findOrThrow("tjDestroy"), FunctionDescriptor.of(integer, address));
    }

    /** The bound library, or empty where libturbojpeg (or native access) is unavailable. */
    static Optional<TurboJpeg> library() {
        return LIBRARY;
    }

    private static Optional<TurboJpeg> load() {
        if (Boolean.getBoolean("custos.turbojpeg.disabled")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TurboJpeg(SymbolLookup.libraryLookup("libturbojpeg.so.0", Arena.global())));
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    String message(MemorySegment handle) {
        try {
            MemorySegment text = (MemorySegment) errorString.invokeExact(handle);
            return text.reinterpret(4096).getString(0);
        } catch (Throwable e) {
            return "unknown libjpeg-turbo error";
        }
    }

    int code(MemorySegment handle) {
        try {
            return (int) errorCode.invokeExact(handle);
        } catch (Throwable e) {
            return -1;
        }
    }
}
