package org.custos.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files {@code custos hash} visits: each file argument, and every regular file under each folder argument
 * (recursively, not following links to folders), sorted by path. A path that cannot be listed or is neither a
 * file nor a folder gets an error instead.
 */
final class HashFiles {
    /** Path as printed to either the file to hash ({@code null} error) or the reason it cannot be visited. */
    private final Map<String, String> errors = new TreeMap<>();
    private final Map<String, Path> files = new TreeMap<>();

    static HashFiles of(Iterable<Path> arguments) {
        HashFiles found = new HashFiles();
        for (Path p : arguments) {
            found.add(p);
        }
        return found;
    }

    Map<String, Path> files() {
        return files;
    }

    Map<String, String> errors() {
        return errors;
    }

    private void add(Path argument) {
        if (Files.isRegularFile(argument)) {
            files.put(argument.toString(), argument);
        } else if (Files.isDirectory(argument)) {
            walk(argument);
        } else {
            errors.put(argument.toString(), Files.exists(argument) ? "not a regular file or folder" : "no such file");
        }
    }

    private void walk(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() || Files.isRegularFile(file)) {
                        files.put(file.toString(), file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    errors.put(file.toString(), "cannot list: " + e.getClass().getSimpleName());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            errors.put(folder.toString(), "cannot list: " + e.getClass().getSimpleName());
        }
    }
}
