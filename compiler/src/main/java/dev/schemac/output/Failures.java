package dev.schemac.output;

import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.source.SourceFile;
import dev.schemac.source.Span;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What the file system said, as a diagnostic: the operating system's reason decides the
 * code (a name too long, a file where a folder should be, no permission or a read-only
 * file system, anything else such as a full disk), and the path is the one it was about.
 */
final class Failures {
    private Failures() {}

    /** A failure on {@code path} under the output folder {@code root} (null: not known); {@code e} is what the operation threw. */
    static Diagnostic of(Path path, IOException e, Path root) {
        String reason = reason(e);
        String r = reason.toLowerCase(Locale.ROOT);
        Path about = e instanceof FileSystemException f && f.getFile() != null ? Path.of(f.getFile()) : path;
        if (about.getFileName() != null && about.getFileName().toString().startsWith(".schemac-") && path != null) {
            about = path; // our staging file: the user knows the output it stands for
        }
        if (r.contains("file name too long") || r.contains("name too long")) {
            String name = longest(about);
            // The system says the same of a path past its whole-path limit, each name in it short enough.
            if (NameLimit.bytes(name) <= NameLimit.MAX_BYTES) {
                return Messages.outputPathTooLong(at(about), about.toString(), NameLimit.bytes(about.toString()));
            }
            return nameTooLong(about, name, root);
        }
        if (e instanceof NotDirectoryException || r.contains("not a directory")) {
            return notAFolder(about);
        }
        if (e instanceof AccessDeniedException || r.contains("permission denied") || r.contains("read-only file system")
                || r.contains("operation not permitted")) {
            String why = r.contains("read-only") ? "the file system is read-only" : "permission denied";
            return Messages.outputNotWritable(at(about), about.toString(), why);
        }
        return Messages.outputFailed(at(about), about.toString(), reason);
    }

    static Diagnostic stopped(Path path) {
        return Messages.outputStopped(at(path), path.toString());
    }

    static Diagnostic folderInTheWay(Path path) {
        return Messages.outputFailed(at(path), path.toString(), "a folder of that name is in the way");
    }

    static Diagnostic notAFile(Path path) {
        return Messages.outputNotAFile(at(path), path.toString());
    }

    static Diagnostic isInput(Path path) {
        return Messages.outputIsInput(at(path), path.toString());
    }

    /** {@code rel} (at {@code path}), and {@code others} more, would be replaced though the folder's manifest does not name them. */
    static Diagnostic notWrittenBySchemac(Path path, String rel, int others, String forceOption) {
        return Messages.outputNotOurs(at(path), rel, others, forceOption);
    }

    /**
     * The folder's manifest, {@code manifest} (its text {@code text}), is {@code owner}'s; {@code model}
     * would write there. The span is the manifest's {@code model} line, the fact refused.
     */
    static Diagnostic otherModel(Path manifest, String text, String owner, String model, String forceOption) {
        int start = Math.max(0, Manifest.modelLine(text));
        int end = text.indexOf('\n', start);
        var span = new Span(new SourceFile(manifest.toString(), text), start, end < 0 ? text.length() : end);
        return Messages.outputOtherModel(span, owner, model, forceOption);
    }

    static Diagnostic notAFolder(Path path) {
        String what = dev.schemac.source.FileKind.of(path);
        return Messages.outputNotAFolder(at(path), path.toString(), what == null ? "a file" : what);
    }

    /** The first component of {@code path} longer than {@link NameLimit#MAX_BYTES}, or null. */
    static String tooLongName(Path path) {
        return NameLimit.tooLong(path.toString().replace(java.io.File.separatorChar, '/'));
    }

    /** {@code name}, a name of {@code path}, is too long: one of the output folder {@code root}'s own, or one a model gave. */
    static Diagnostic nameTooLong(Path path, String name, Path root) {
        if (root != null) {
            for (Path part : root) {
                if (part.toString().equals(name)) return Messages.outputFolderNameTooLong(at(path), name, NameLimit.bytes(name));
            }
        }
        return Messages.outputNameTooLong(at(path), name, NameLimit.bytes(name));
    }

    /**
     * The operating system's words when it gave them; Java's file exceptions without a reason
     * carry only the path as their message, which says nothing the diagnostic does not already.
     */
    static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder (the file system made none there)";
        if (e instanceof FileAlreadyExistsException) return "a file of that name appeared while the run wrote";
        if (e instanceof DirectoryNotEmptyException) return "the folder is not empty";
        if (e instanceof FileSystemException) return "the file system refused it (" + e.getClass().getSimpleName() + ")";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String longest(Path p) {
        String best = p.getFileName() == null ? p.toString() : p.getFileName().toString();
        for (Path part : p) if (NameLimit.bytes(part.toString()) > NameLimit.bytes(best)) best = part.toString();
        return best;
    }

    private static Span at(Path p) {
        return new Span(new SourceFile(p.toString(), ""), 0, 0);
    }
}
