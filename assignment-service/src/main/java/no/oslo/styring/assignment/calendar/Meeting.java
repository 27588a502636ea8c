package no.oslo.styring.assignment.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A meeting of the styringskalender between a department and a unit. */
@Entity
@Table(name = "meeting")
public class Meeting extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingKind kind;

    @Column(nullable = false)
    public String title;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(nullable = false)
    public String department;

    /** A meeting at a time: its start and end. Null for one on whole days or within a period. */
    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    /** A meeting on whole days («17.–18. april»): its first and last day. */
    @Column(name = "first_day")
    public LocalDate firstDay;

    @Column(name = "last_day")
    public LocalDate lastDay;

    /** A meeting held some time within a period («i første halvår 2024»: 2024-H1). */
    @Column(name = "within_period")
    public String withinPeriod;

    /** When it is, as a time, days or a period. */
    public MeetingTime time() {
        return new MeetingTime(startsAt, endsAt, firstDay, lastDay,
                withinPeriod == null ? null : no.oslo.styring.platform.period.PeriodId.parse(withinPeriod));
    }

    /** The fixture a meeting was loaded from, so that loading again adds nothing. */
    @Column(name = "fixture_key")
    public String fixtureKey;

    public String location;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(300)[]")
    public List<String> participants;

    /** JSON: the documents due before the meeting. */
    @Column(name = "documents_due", nullable = false)
    public String documentsDue;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
