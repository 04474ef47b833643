package org.budgetperf.common;

import java.sql.SQLException;
import java.util.List;
import org.budgetperf.common.ApiErrorHandler.ApiError;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Two requests that change the same thing at once: the loser's write fails in the database (a version already
 * moved on, a code just taken) or in the engine (a task or execution changed meanwhile). Nothing of it is stored;
 * the caller is told to reload and try again.
 */
@RestControllerAdvice(basePackages = "org.budgetperf")
@Order(Ordered.HIGHEST_PRECEDENCE) // before ApiErrorHandler, whose ProcessEngineException handler would take the engine's lock failures
public class ConcurrentChanges {

    private static final String RELOAD = "，请刷新后查看最新内容，需要时再重新操作";

    @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockingException.class})
    public ResponseEntity<ApiError> changedMeanwhile(RuntimeException e) {
        return ApiErrorHandler.respond(HttpStatus.CONFLICT, "数据已被他人同时修改或办理" + RELOAD, List.of());
    }

    /**
     * The database chose this request as a deadlock's victim (two writers of one table locking its rows in turn) and
     * rolled it back whole; also when that happens in a callback at commit, where Spring reports it unclassified.
     */
    @ExceptionHandler({PessimisticLockingFailureException.class, JpaSystemException.class})
    public ResponseEntity<ApiError> deadlocked(RuntimeException e) {
        if (!isDeadlock(e)) {
            throw e;
        }
        return ApiErrorHandler.respond(HttpStatus.CONFLICT, "数据已被他人同时修改或办理" + RELOAD, List.of());
    }

    /** Only a unique key is a race; any other integrity failure is a fault and stays a 500. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    public ResponseEntity<ApiError> duplicate(DataIntegrityViolationException e) {
        if (!isUniqueViolation(e)) {
            throw e;
        }
        return ApiErrorHandler.respond(HttpStatus.CONFLICT, "同样的数据刚刚已由他人（或重复提交）保存" + RELOAD, List.of());
    }

    private static boolean isDeadlock(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            // 40P01 deadlock, 40001 serialization failure (PostgreSQL, H2); ORA-00060 on Oracle.
            if (cause instanceof SQLException sql && ("40P01".equals(sql.getSQLState())
                    || "40001".equals(sql.getSQLState()) || sql.getErrorCode() == 60
                    && String.valueOf(sql.getMessage()).startsWith("ORA-00060"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUniqueViolation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
            // 23505: PostgreSQL and H2; ORA-00001 on Oracle.
            if (cause instanceof SQLException sql && ("23505".equals(sql.getSQLState()) || sql.getErrorCode() == 1
                    && String.valueOf(sql.getMessage()).startsWith("ORA-00001"))) {
                return true;
            }
        }
        return false;
    }
}
