using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Contract;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Http;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>Attendance, attendance history and enrollment history.</summary>
internal static class AttendanceEndpoints
{
    public static void Register(HandlerMap map)
    {
        var json = AeriesJson.Context;
        map.Add(AeriesOperationIds.Attendance.GetStudentAttendance, c => Respond.PerStudent(c, (d, s) => Attendance(c, d, s), json.AttendanceRecord, json.ListAttendanceRecord));
        map.Add(AeriesOperationIds.Attendance.GetAttendanceHistorySummary, c => Respond.Each(c, (d, s) => new[] { DerivedRecords.AttendanceHistoryOf(d, s, null) }, json.ListAttendanceHistory));
        map.Add(AeriesOperationIds.Attendance.GetAttendanceHistorySummaryYearYear, c => Respond.With(c, OfSchool(c, (d, s) => DerivedRecords.AttendanceHistoryOf(d, s, c.AcademicYear("year"))), json.ListAttendanceHistory));
        map.Add(AeriesOperationIds.Attendance.GetAttendanceHistoryDetails, c => Respond.Each(c, (d, s) => new[] { DerivedRecords.AttendanceDetailsOf(d, s) }, json.ListAttendanceHistoryDetails));
        map.Add(AeriesOperationIds.Attendance.GetAttendanceHistoryDetailsYearYear, c => Respond.With(c, OfSchool(c, DerivedRecords.AttendanceDetailsOf, c.AcademicYear("year")), json.ListAttendanceHistoryDetails));
        map.Add(AeriesOperationIds.Attendance.GetAttendanceHistoryAttendanceCodes, c => Respond.With(c, SchoolRecords.HistoryCodesOf(Lookup.School(c), c.Data.DatabaseYear), json.ListHistoryAbsenceCode));
        map.Add(AeriesOperationIds.Attendance.GetAttendanceHistoryAttendanceCodesYearYear, c => Respond.With(c, SchoolRecords.HistoryCodesOf(Lookup.School(c), c.AcademicYear("year")), json.ListHistoryAbsenceCode));
        map.Add(AeriesOperationIds.Attendance.GetStudentEnrollmentHistory, c => Respond.With(c, DerivedRecords.EnrollmentsOf(c.Data, Lookup.Student(c)).ToList(), json.ListEnrollmentRecord));
        map.Add(AeriesOperationIds.Attendance.GetStudentEnrollmentHistoryYearAcademicYear, c => Respond.With(c, DistrictEnrollments(c).Where(e => e.AcademicYear == c.Int("AcademicYear")).ToList(), json.ListEnrollmentRecord));
        map.Add(AeriesOperationIds.Attendance.GetStudentEnrollmentHistorySchoolsSchoolCodeEnrollmentStudentId, c => Respond.Each(c, DerivedRecords.EnrollmentsOf, json.ListEnrollmentRecord));
        map.Add(AeriesOperationIds.Attendance.GetStudentEnrollmentHistorySchoolsSchoolCodeEnrollmentStudentIdYearAcademicYear, c => Respond.Each(c, (d, s) => DerivedRecords.EnrollmentsOf(d, s).Where(e => e.AcademicYear == c.Int("AcademicYear")), json.ListEnrollmentRecord));
    }

    /// <summary>The path student's enrollments, or (StudentID 0: the article's "Pass 0 for all students") every student's in the district.</summary>
    private static IEnumerable<EnrollmentRecord> DistrictEnrollments(ApiContext context)
        => context.OptionalInt("StudentID") is null
            ? context.Data.StudentsById.Values.SelectMany(s => DerivedRecords.EnrollmentsOf(context.Data, s))
            : DerivedRecords.EnrollmentsOf(context.Data, Lookup.Student(context));

    /// <summary>A student's attendance between StartDate and EndDate (yyyyMMdd query parameters; default the school year).</summary>
    private static AttendanceRecord Attendance(ApiContext context, AeriesDataSet data, Student student)
    {
        var school = data.SchoolIndex[student.SchoolCode];
        var from = context.QueryDate("StartDate", school.Terms[0].StartDate);
        var to = context.QueryDate("EndDate", school.Terms[1].EndDate);
        if (to < from)
        {
            throw ApiProblem.BadRequest("EndDate is before StartDate.");
        }

        return DerivedRecords.AttendanceOf(data, student, from, to);
    }

    /// <summary>A record per student of the school (paged), for the <c>…/year/{year}</c> forms.</summary>
    private static List<T> OfSchool<T>(ApiContext context, Func<AeriesDataSet, Student, T> record)
        => Paging.Apply(context, Lookup.StudentsOf(context)).Select(s => record(context.Data, s)).ToList();

    /// <summary>Details of another year: the mock keeps the current year's only, so an earlier year has no absences.</summary>
    private static List<AttendanceHistoryDetails> OfSchool(ApiContext context, Func<AeriesDataSet, Student, AttendanceHistoryDetails> record, int year)
        => OfSchool(context, (d, s) => year == d.DatabaseYear ? record(d, s) : new AttendanceHistoryDetails(s.StudentID, Array.Empty<AttendanceHistoryDay>()));
}
