package coop.fairshare.shared.persistence;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entry point (a REST resource, a page's backing bean) whose use cases are run once more
 * when MariaDB picked their transaction as a deadlock victim. Entry points run outside any
 * transaction, so the second run starts a fresh one ({@link DeadlockRetry}).
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetriedOnDeadlock {}
