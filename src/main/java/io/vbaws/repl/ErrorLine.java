package io.vbaws.repl;
import io.vbaws.query.QueryException;

import io.vbaws.text.NameSuggestions;
import groovy.lang.MissingMethodException;
import groovy.lang.MissingPropertyException;
import io.vbaws.api.ApiException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.messages.ExceptionMessage;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.runtime.InvokerInvocationException;
import org.codehaus.groovy.syntax.SyntaxException;

/**
 * One clear line for anything a prompt input can fail with: the appliance's error as the client
 * words it, a query's own message, a Groovy syntax error with its line and column, a function or
 * variable that does not exist (with the closest that do), or any other exception's message.
 */
final class ErrorLine {
    private static final NameSuggestions CLOSEST = new NameSuggestions(3);

    private ErrorLine() {
    }

    static String of(Throwable t, List<String> variables) {
        Throwable e = unwrap(t);
        if (e instanceof ApiException || e instanceof QueryException) {
            return e.getMessage();
        }
        if (isInterruption(e)) {
            return "cancelled";
        }
        if (e instanceof MultipleCompilationErrorsException m) {
            return syntax(m);
        }
        if (e instanceof MissingMethodException m) {
            return missingMethod(m);
        }
        if (e instanceof MissingPropertyException m) {
            return missingProperty(m, variables);
        }
        String message = e.getMessage();
        String first = message == null ? "" : message.strip().lines().findFirst().orElse("");
        return e.getClass().getSimpleName() + (first.isEmpty() ? "" : ": " + first);
    }

    /**
     * Whether the input was stopped by Ctrl-C rather than failing. A timeout is an
     * InterruptedIOException too, but it is a failure the user must hear about, not silence.
     */
    static boolean isInterruption(Throwable t) {
        Throwable e = unwrap(t);
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof SocketTimeoutException || (c instanceof InterruptedIOException
                    && "timeout".equals(c.getMessage()))) {
                return false;
            }
            if (c instanceof InterruptedException || c instanceof InterruptedIOException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while ((e instanceof InvokerInvocationException || e instanceof InvocationTargetException
                || e instanceof java.util.concurrent.ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static String syntax(MultipleCompilationErrorsException m) {
        List<? extends Message> errors = m.getErrorCollector().getErrors();
        if (errors == null || errors.isEmpty()) {
            return "syntax error: " + m.getMessage().lines().findFirst().orElse("");
        }
        Message first = errors.get(0);
        if (first instanceof SyntaxErrorMessage s) {
            SyntaxException x = s.getCause();
            String text = x.getOriginalMessage().replaceAll("\\s*@ line \\d+, column \\d+\\.?\\s*$", "").strip();
            text = text.lines().findFirst().orElse(text);
            return "syntax error: " + text + " (line " + x.getLine() + ", column " + x.getStartColumn() + ")";
        }
        if (first instanceof ExceptionMessage x && x.getCause() != null) {
            return "cannot compile: " + x.getCause().getMessage();
        }
        return "syntax error: " + m.getMessage().lines().skip(1).findFirst().orElse(m.getMessage()).strip();
    }

    private static String missingMethod(MissingMethodException m) {
        String args = Arrays.stream(m.getArguments() == null ? new Object[0] : m.getArguments())
                .map(a -> a == null ? "null" : a.getClass().getSimpleName()).collect(Collectors.joining(", "));
        String call = m.getMethod() + "(" + args + ")";
        if (m.getType() != null && QueryScript.class.isAssignableFrom(m.getType())) {
            if (QueryScript.FUNCTIONS.contains(m.getMethod())) {
                return "wrong arguments for " + call + "; :help " + m.getMethod() + " shows how to call it";
            }
            List<String> near = CLOSEST.closest(m.getMethod(), QueryScript.FUNCTIONS);
            return "no function " + call + (near.isEmpty() ? "" : "; closest: " + String.join(", ", near))
                    + "; :help lists the functions";
        }
        String type = m.getType() == null ? "" : m.getType().getSimpleName() + ".";
        return "no method " + type + call;
    }

    private static String missingProperty(MissingPropertyException m, List<String> variables) {
        if (m.getType() != null && QueryScript.class.isAssignableFrom(m.getType())) {
            List<String> near = CLOSEST.closest(m.getProperty(), variables);
            return "unknown variable '" + m.getProperty() + "'"
                    + (near.isEmpty() ? "" : "; closest: " + String.join(", ", near));
        }
        String type = m.getType() == null ? "" : " of " + m.getType().getSimpleName();
        return "no property '" + m.getProperty() + "'" + type;
    }
}
