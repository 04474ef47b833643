package org.budgetperf.approval;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNamesTest {

    @ParameterizedTest(name = "{1} / {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "unit-staff|王晓||王晓",
        "unit-staff|晓|王|王晓",
        "admin|管理员|系统|系统管理员",
        "john|John|Smith|John Smith",
        "nobody|null|null|nobody",
        "blank| | |blank",
    })
    void surnameFirstWithoutASpace(String id, String first, String last, String expected) {
        UserEntity user = new UserEntity(id);
        user.setFirstName(first);
        user.setLastName(last);
        assertThat(PersonNames.fullName(user)).isEqualTo(expected);
    }
}
