package org.budgetperf.declaration;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.budgetperf.common.ApiException;
import org.budgetperf.common.BadRequestException;
import org.budgetperf.common.ConflictException;
import org.budgetperf.common.ForbiddenException;
import org.budgetperf.organization.Organization;
import org.budgetperf.organization.OrganizationService;
import org.budgetperf.organization.OrganizationType;
import org.budgetperf.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Declaration: creating and editing draft tables, and reading them within the caller's reach. */
@Service
@Transactional
public class TargetService {

    private static final int CODES_PER_QUERY = 500;

    private final PerformanceTargetRepository targets;
    private final OrganizationService organizations;
    private final TargetAccess access;
    private final TargetViews views;
    private final ApplicationEventPublisher events;
    private final TargetRequestLimits limits;
    private final OpenSteps openSteps;

    public TargetService(PerformanceTargetRepository targets, OrganizationService organizations, TargetAccess access,
                         TargetViews views, ApplicationEventPublisher events, TargetRequestLimits limits,
                         OpenSteps openSteps) {
        this.targets = targets;
        this.organizations = organizations;
        this.access = access;
        this.views = views;
        this.events = events;
        this.limits = limits;
        this.openSteps = openSteps;
    }

    public PerformanceTarget create(TargetRequest request, CurrentUser user) {
        Creation creation = createAll(List.of(request), user).get(0);
        if (creation.refusal() != null) {
            throw creation.refusal();
        }
        return creation.target();
    }

    /** What became of one of several tables created together: the table, or why it was refused. */
    public record Creation(PerformanceTarget target, ApiException refusal) {
    }

    /**
     * Creates several tables (an import), each on its own terms: one refused does not stop the others, and the
     * caller decides whether to keep what was created. The codes already taken are looked up in a few queries
     * rather than one per table.
     */
    public List<Creation> createAll(List<TargetRequest> requests, CurrentUser user) {
        Set<String> taken = takenCodes(requests);
        return requests.stream()
                .map(request -> taken.contains(request.code() + "@" + request.budgetYear())
                        ? new Creation(null, codeTaken(request)) : attempt(request, user))
                .toList();
    }

    private Creation attempt(TargetRequest request, CurrentUser user) {
        try {
            return new Creation(createUnchecked(request, user), null);
        } catch (ApiException e) {
            return new Creation(null, e);
        }
    }

    /** "code@year" of each request whose code is taken in its year; IN lists kept within Oracle's 1,000. */
    private Set<String> takenCodes(List<TargetRequest> requests) {
        Map<Integer, List<String>> codesByYear = requests.stream()
                .filter(request -> request.code() != null && request.budgetYear() != null)
                .collect(Collectors.groupingBy(TargetRequest::budgetYear,
                        Collectors.mapping(TargetRequest::code, Collectors.toList())));
        Set<String> taken = new HashSet<>();
        codesByYear.forEach((year, codes) -> {
            for (int from = 0; from < codes.size(); from += CODES_PER_QUERY) {
                targets.findTakenCodes(year, codes.subList(from, Math.min(codes.size(), from + CODES_PER_QUERY)))
                        .forEach(code -> taken.add(code + "@" + year));
            }
        });
        return taken;
    }

    private static ConflictException codeTaken(TargetRequest request) {
        return new ConflictException("项目编码 " + request.code() + " 在 " + request.budgetYear() + " 年度已存在");
    }

    private PerformanceTarget createUnchecked(TargetRequest request, CurrentUser user) {
        PerformanceTarget target = new PerformanceTarget(request.code(), request.budgetYear(), request.type(),
                user.userId());
        apply(target, request);
        if (!access.canPrepare(user, target)) {
            throw new ForbiddenException("只能为本单位编制绩效目标表：" + target.getUnit().getName());
        }
        return targets.save(target);
    }

    public PerformanceTarget update(Long id, TargetRequest request, CurrentUser user) {
        return update(id, request, user, null);
    }

    /**
     * Replaces a draft's content. With {@code expectedVersion} (the If-Match of an edit), a table changed since
     * the caller read it is refused; two edits of the same version at once are told apart by the version column.
     */
    public PerformanceTarget update(Long id, TargetRequest request, CurrentUser user, Long expectedVersion) {
        PerformanceTarget target = access.preparable(user, id);
        if (expectedVersion != null && expectedVersion != target.getLockVersion()) {
            throw new ConflictException("绩效目标表已被他人修改（您修改的是第 " + expectedVersion + " 版，现在是第 "
                    + target.getLockVersion() + " 版），请重新打开后再修改");
        }
        if (!target.getStatus().editable()) {
            throw frozen(target);
        }
        if (!target.getCode().equals(request.code()) || target.getBudgetYear() != request.budgetYear()
                || target.getType() != request.type()) {
            throw new BadRequestException("code", "项目编码、预算年度和目标类型创建后不能修改");
        }
        apply(target, request);
        if (!access.canPrepare(user, target)) {
            throw new ForbiddenException("不能把绩效目标表转给其他实施单位");
        }
        target.touch();
        events.publishEvent(new TargetEdited(target.getId()));
        return target;
    }

    private static ConflictException frozen(PerformanceTarget target) {
        return new ConflictException("绩效目标表当前状态为“" + target.getStatus().label() + "”，不能修改；"
                + "审核中的表请先撤回，已批复的表请发起调整");
    }

    /** Whether the caller may edit the table now, and if not, why: the refusal an edit would get (403 or 409). */
    @Transactional(readOnly = true)
    public Editability editability(Long id, CurrentUser user) {
        PerformanceTarget target = access.readable(user, id);
        if (!access.canPrepare(user, target)) {
            return new Editability(false, false, TargetAccess.notPreparable(target).getMessage());
        }
        return target.getStatus().editable() ? new Editability(true, true, null)
                : new Editability(true, false, frozen(target).getMessage());
    }

    /** Puts a frozen version's content back into the table (a refused adjustment); no person edited it. */
    void restore(PerformanceTarget target, TargetRequest frozen) {
        apply(target, frozen);
        target.touch();
    }

    @Transactional(readOnly = true)
    public TargetDetails details(Long id, CurrentUser user) {
        return views.details(access.readable(user, id));
    }

    @Transactional(readOnly = true)
    public Page<TargetSummary> list(CurrentUser user, TargetFilter filter, Pageable page) {
        List<String> codes = user.organizationCodes().isEmpty() ? List.of("") : user.organizationCodes();
        Page<ListedTarget> listed = targets.findVisible(user.readsEverything(), codes, filter.year(),
                filter.status(), filter.light(), filter.grade(), filter.submitted(), page);
        Map<Long, List<OpenStep>> waiting = openSteps.of(listed.map(ListedTarget::target).getContent());
        return listed.map(row -> views.summary(row, access.canPrepare(user, row.target()),
                waiting.getOrDefault(row.target().getId(), List.of())));
    }

    /** The tables of one supervising department and budget year that the caller may read, by code. */
    @Transactional(readOnly = true)
    public List<TargetDetails> readableOf(String departmentCode, int year, CurrentUser user) {
        return targets.findByDepartmentCodeAndBudgetYearOrderByCodeAsc(departmentCode, year).stream()
                .filter(target -> access.canRead(user, target))
                .map(views::details)
                .toList();
    }

    private void apply(PerformanceTarget target, TargetRequest request) {
        limits.check(request);
        FundConsistency.check(request);
        Organization department = organizations.require("departmentCode", request.departmentCode());
        Organization unit = organizations.require("unitCode", request.unitCode());
        checkOrganizations(request.type(), department, unit);
        if (request.startYear() != null && request.endYear() != null && request.startYear() > request.endYear()) {
            throw new BadRequestException("endYear", "完成年度不能早于开始年度");
        }
        target.describe(written(request.name()), department, unit, request.category(), request.projectLevel(),
                request.startYear(), request.endYear(), request.responsiblePerson(), request.contactPhone());
        target.narrate(RichText.sanitise(request.rationale()), RichText.sanitise(request.feasibility()),
                RichText.sanitise(request.content()), RichText.sanitise(request.midLongTermGoal()),
                RichText.sanitise(request.annualGoal()), RichText.sanitise(request.duties()),
                RichText.sanitise(request.keyTasks()), RichText.sanitise(request.assets()));
        target.budget(Objects.requireNonNullElse(request.fundUnit(), "万元"), request.basicExpenditure(),
                request.projectExpenditure(), request.headCount(), fundLines(request), dutyGoals(request));
        target.replaceIndicators(request.indicators().stream()
                .map(row -> new TargetIndicator(written(row.level1()), written(row.level2()), written(row.level3()),
                        row.description(), row.halfYearValue(), Objects.requireNonNullElse(row.fullYearValue(), ""),
                        row.explanation(), row.basis(),
                        row.formula(), row.scoringRule(), row.weight()))
                .toList());
    }

    private static void checkOrganizations(TargetType type, Organization department, Organization unit) {
        if (department.getType() != OrganizationType.DEPARTMENT) {
            throw new BadRequestException("departmentCode", department.getName() + " 不是主管部门");
        }
        boolean ownTable = unit.getId().equals(department.getId());
        if (type == TargetType.DEPARTMENT && !ownTable) {
            throw new BadRequestException("unitCode", "部门整体支出绩效目标表的实施单位必须是主管部门本级");
        }
        boolean underDepartment = unit.getType() == OrganizationType.UNIT && unit.getParent() != null
                && unit.getParent().getId().equals(department.getId());
        if (!ownTable && !underDepartment) {
            throw new BadRequestException("unitCode", unit.getName() + " 不是 " + department.getName() + " 的下属实施单位");
        }
    }

    private static List<FundLine> fundLines(TargetRequest request) {
        var sources = Objects.requireNonNullElse(request.funds(), List.<TargetRequest.FundSourceLine>of()).stream()
                .map(line -> FundLine.source(line.source(), line.annualBudget(), line.halfYearPlanned()));
        var spending = Objects.requireNonNullElse(request.expenditures(), List.<TargetRequest.ExpenditureLine>of())
                .stream()
                .map(line -> FundLine.expenditure(written(line.name()), line.annualBudget(), line.halfYearPlanned()));
        return java.util.stream.Stream.concat(sources, spending).toList();
    }

    /** A text as stored: a draft may leave a required one out (blank until submission), the rest is trimmed. */
    private static String written(String text) {
        return text == null ? "" : text.trim();
    }

    private static List<DutyGoal> dutyGoals(TargetRequest request) {
        return Objects.requireNonNullElse(request.dutyGoals(), List.<TargetRequest.DutyGoalLine>of()).stream()
                .map(goal -> new DutyGoal(goal.duty(), goal.task(), goal.expenditureProject(), goal.amount()))
                .toList();
    }
}
