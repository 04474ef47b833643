package org.budgetperf.operation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The days on which each task was urged (pt_task_urge, changelog 013). Its primary key (task, day) is what keeps
 * an urge to once a day: of two requests urging the same task at the same moment, the second one's insert waits
 * for the first and then fails.
 */
@Component
class UrgeDays {

    private final JdbcTemplate jdbc;

    UrgeDays(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean urgedOn(String taskId, LocalDate day) {
        Integer found = jdbc.queryForObject("select count(*) from pt_task_urge where task_id = ? and urge_day = ?",
                Integer.class, taskId, Date.valueOf(day));
        return found != null && found > 0;
    }

    /** Takes the task's urge of that day; false if someone already has (perhaps in a request still running). */
    boolean take(String taskId, LocalDate day, String userId, Instant at) {
        try {
            jdbc.update("insert into pt_task_urge (task_id, urge_day, user_id, urged_at) values (?, ?, ?, ?)",
                    taskId, Date.valueOf(day), userId, Timestamp.from(at));
            return true;
        } catch (DuplicateKeyException alreadyUrged) {
            return false;
        }
    }
}
