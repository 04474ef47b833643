package org.budgetperf.demo;

import java.util.List;
import java.util.stream.Collectors;

/** Demo data asked for on a deployment that is not the embedded default; the message is Chinese and English. */
class DemoDataRefused extends IllegalStateException {

    record Reason(String chinese, String english) {

        static Reason keycloak() {
            return new Reason("启用了 keycloak 配置（Keycloak 单点登录）", "the keycloak profile is active");
        }

        /** Names only the kind of database: a JDBC URL may carry a password. */
        static Reason database(String url) {
            String kind = url.matches("jdbc:\\w+:.*") ? url.substring(0, url.indexOf(':', "jdbc:".length())) : "?";
            return new Reason("数据库不是内嵌 H2（" + kind + "）", "the database is not the embedded H2 (" + kind + ")");
        }
    }

    private final String description;
    private final String action;

    DemoDataRefused(List<Reason> reasons) {
        this(describe(reasons), "如确需在此部署载入演示数据，请设置 " + DemoDataGuard.ALLOWED_ELSEWHERE + "=true；否则请关闭 "
                + DemoDataGuard.ENABLED + "（不启用 demo 配置）。\n"
                + "To load the demo data here all the same, set " + DemoDataGuard.ALLOWED_ELSEWHERE + "=true; "
                + "otherwise turn " + DemoDataGuard.ENABLED + " off (leave out the demo profile).");
    }

    private DemoDataRefused(String description, String action) {
        super(description + "\n" + action);
        this.description = description;
        this.action = action;
    }

    String description() {
        return description;
    }

    String action() {
        return action;
    }

    private static String describe(List<Reason> reasons) {
        return "拒绝启动：演示数据（演示机构、绩效目标表和密码为 demo 的演示用户，含 admin）只用于内嵌 H2 数据库和内嵌用户库，而"
                + reasons.stream().map(Reason::chinese).collect(Collectors.joining("，")) + "。\n"
                + "Refusing to start: the demo data (demo organizations, tables and users whose password is demo, "
                + "admin among them) is for the embedded H2 database and identity only, but "
                + reasons.stream().map(Reason::english).collect(Collectors.joining(" and ")) + ".";
    }
}
