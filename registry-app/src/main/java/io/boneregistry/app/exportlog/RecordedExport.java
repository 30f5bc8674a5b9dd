package io.boneregistry.app.exportlog;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler that lets data leave the registry (an export, a report, the dataset): each call is
 * written to the {@link ExportLog} under this name before the handler runs.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RecordedExport {

    /** What was taken, as the log shows it: e.g. {@code analysis.csv}. */
    String value();
}
