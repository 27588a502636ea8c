package no.oslo.styring.assignment.duty;

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

import no.oslo.styring.assignment.calendar.MeetingKind;

/** A reporting duty (rapporteringskrav) of a letter year: what, who reports, to whom, when, what it concerns. */
@Entity
@Table(name = "reporting_duty")
public class ReportingDuty extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String issuer;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(12)[]")
    public List<String> reporters;

    /** Who receives it: a department's code, or another body as the letter names it. */
    @Column(name = "recipient", nullable = false)
    public String to;

    @Column(nullable = false)
    public String text;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "points", nullable = false, columnDefinition = "varchar(3)[]")
    public List<String> points = List.of();

    /** The fields the letter does not print, assumed by whoever set the duty ({@code to}, {@code when} …). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "inferred", nullable = false, columnDefinition = "varchar(20)[]")
    public List<String> inferred = List.of();

    @Column(name = "due_date")
    public LocalDate date;

    @Column(name = "event")
    public String event;

    @Enumerated(EnumType.STRING)
    @Column(name = "before_meeting")
    public MeetingKind beforeMeeting;

    public String concerns;

    public String section;

    @Column(name = "fixture_key")
    public String fixtureKey;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public DutyTiming timing() {
        return new DutyTiming(points, date, event, beforeMeeting);
    }
}
