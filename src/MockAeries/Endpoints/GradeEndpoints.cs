using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Http;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>Grade reporting: GPAs, grades, report cards, marking periods, transcripts, graduation status and valid marks.</summary>
internal static class GradeEndpoints
{
    public static void Register(HandlerMap map)
    {
        var json = AeriesJson.Context;
        map.Add("grades.get_student_gp_as", c => Respond.Each(c, (d, s) => new[] { DerivedRecords.GpaOf(d, s) }, json.ListGpaRecord));
        map.Add("grades.get_student_grades", c => Respond.With(c, Paging.Apply(c, Lookup.StudentsOf(c)).SelectMany(s => DerivedRecords.GradesOf(c.Data, s)).ToList(), json.ListGradeRecord));
        map.Add("grades.get_student_report_cards", c => Respond.PerStudent(c, (d, s) => new ReportCard(s.StudentID, s.SchoolCode, DerivedRecords.GradesOf(d, s).ToList()), json.ReportCard, json.ListReportCard));
        map.Add("grades.get_school_report_card_marking_periods", c => Respond.With(c, new MarkingPeriods(Lookup.School(c).SchoolCode, new[] { "P1", "P2", "F", "S" }), json.MarkingPeriods));
        map.Add("grades.get_student_graduation_status_summary", c => Respond.PerStudent(c, (_, s) => DerivedRecords.GraduationStatusOf(s), json.GraduationStatus, json.ListGraduationStatus));
        map.Add("grades.get_student_graduation_status_summary_grade_grade_level", c => Respond.With(c, GraduationByGrade(c), json.GraduationStatusSummary));
        map.Add("grades.get_student_transcripts", c => Respond.PerStudent(c, DerivedRecords.TranscriptOf, json.Transcript, json.ListTranscript));
        map.Add("grades.get_valid_marks", c => Respond.With(c, ValidMarks(Lookup.School(c)), json.ListValidMark));
    }

    private static GraduationStatusSummary GraduationByGrade(ApiContext context)
    {
        var grade = context.Int("GradeLevel");
        var school = Lookup.School(context);
        return new GraduationStatusSummary(school.SchoolCode, Paging.Apply(context, Lookup.StudentsOf(context.Data, school.SchoolCode).Where(s => s.Grade == grade).Select(DerivedRecords.GraduationStatusOf)));
    }

    private static List<ValidMark> ValidMarks(School school)
        => new[] { ("A", 4m), ("B", 3m), ("C", 2m), ("D", 1m), ("F", 0m) }.Select(m => new ValidMark(school.SchoolCode, m.Item1, m.Item2, m.Item1 != "F")).ToList();
}
