using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Contract;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Http;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>Grade reporting: GPAs, grades, report cards, marking periods, transcripts, graduation status and valid marks.</summary>
internal static class GradeEndpoints
{
    public static void Register(HandlerMap map)
    {
        var json = AeriesJson.Context;
        map.Add(AeriesOperationIds.Grades.GetStudentGpAs, c => Respond.Each(c, (d, s) => new[] { DerivedRecords.GpaOf(d, s) }, json.ListGpaRecord));
        map.Add(AeriesOperationIds.Grades.GetStudentGrades, c => Respond.With(c, Paging.Apply(c, Lookup.StudentsOf(c)).SelectMany(s => DerivedRecords.GradesOf(c.Data, s)).ToList(), json.ListGradeRecord));
        map.Add(AeriesOperationIds.Grades.UpdateStudentGrades, c => Respond.With(c, UpdateGrades(c), json.ListGradeRecord));
        map.Add(AeriesOperationIds.Grades.GetStudentReportCards, c => Respond.Each(c, (d, s) => new[] { DerivedRecords.ReportCardOf(d, s) }, json.ListReportCard));
        map.Add(AeriesOperationIds.Grades.GetSchoolReportCardMarkingPeriods, c => Respond.With(c, SchoolRecords.MarkingPeriodsOf(Lookup.School(c)), json.ListReportCardMarkingPeriod));
        map.Add(AeriesOperationIds.Grades.GetStudentGraduationStatusSummary, c => Respond.PerStudent(c, (_, s) => DerivedRecords.GraduationStatusOf(s), json.GraduationStatus, json.ListGraduationStatus));
        map.Add(AeriesOperationIds.Grades.GetStudentGraduationStatusSummaryGradeGradeLevel, c => Respond.With(c, GraduationByGrade(c), json.ListGraduationStatus));
        map.Add(AeriesOperationIds.Grades.GetStudentTranscripts, Transcripts);
        map.Add(AeriesOperationIds.Grades.GetValidMarks, c => Respond.With(c, SchoolRecords.ValidMarksOf(Lookup.School(c)), json.ListValidMark));
    }

    /// <summary>
    /// Changes the mark (MarkNumber, MarkValue) of existing grade records only, validated whole
    /// first; answers the changed records. The mock keeps one marking period of marks, so the
    /// comment, citizenship and work habit codes are validated by nothing and not kept.
    /// </summary>
    private static List<GradeRecord> UpdateGrades(ApiContext context)
    {
        var school = Lookup.School(context);
        var updates = context.Body(AeriesJson.Context.ListGradeUpdate);
        var valid = SchoolRecords.ValidMarksOf(school).Select(m => m.Mark).ToHashSet();
        var targets = new List<(Student Student, GradeUpdate Update)>();
        foreach (var update in updates)
        {
            var student = Lookup.StudentsOf(context.Data, school.SchoolCode).FirstOrDefault(s => s.StudentID == update.StudentID)
                ?? throw ApiProblem.BadRequest($"Student {update.StudentID} is not at school {school.SchoolCode}; no grade was changed.");
            if (!DerivedRecords.GradesOf(context.Data, student).Any(g => g.SectionNumber == update.SectionNumber))
            {
                throw ApiProblem.BadRequest($"Student {update.StudentID} has no grade record in section {update.SectionNumber}; no grade was changed.");
            }

            if (update.MarkNumber is not (>= 1 and <= 12))
            {
                throw ApiProblem.BadRequest($"MarkNumber {update.MarkNumber} is not a marking period of school {school.SchoolCode} (1 to 12); no grade was changed.");
            }

            // Empty marks are allowed (the article); any other must be a valid mark of the school.
            if (!string.IsNullOrEmpty(update.MarkValue) && !valid.Contains(update.MarkValue))
            {
                throw ApiProblem.BadRequest($"'{update.MarkValue}' is not a valid mark of school {school.SchoolCode}; no grade was changed.");
            }

            targets.Add((student, update));
        }

        return targets.SelectMany(t => context.Data.Writes.WriteList(RecordKinds.Grades, t.Student.StudentID, () => DerivedRecords.GradesOf(context.Data, t.Student), list =>
        {
            var changed = new List<GradeRecord>();
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i].SectionNumber == t.Update.SectionNumber)
                {
                    list[i] = list[i] with { Mark = t.Update.MarkValue ?? string.Empty };
                    changed.Add(list[i]);
                }
            }

            return changed;
        })).ToList();
    }

    /// <summary>One student's transcript, or every student's paged by StartingStudent and EndingStudent (the article's note); an array either way, as the example.</summary>
    private static ApiResponse Transcripts(ApiContext context)
    {
        if (context.OptionalInt("StudentID") is not null)
        {
            return Respond.With(context, new List<Transcript> { DerivedRecords.TranscriptOf(context.Data, Lookup.Student(context, Lookup.School(context).SchoolCode)) }, AeriesJson.Context.ListTranscript);
        }

        var students = Paging.Page(context, Lookup.StudentsOf(context), "StartingStudent", "EndingStudent");
        return Respond.With(context, students.Select(s => DerivedRecords.TranscriptOf(context.Data, s)).ToList(), AeriesJson.Context.ListTranscript);
    }

    /// <summary>The graduation status of every student of the school in a grade, paged.</summary>
    private static List<GraduationStatus> GraduationByGrade(ApiContext context)
    {
        var grade = context.Int("GradeLevel");
        var school = Lookup.School(context);
        return Paging.Apply(context, Lookup.StudentsOf(context.Data, school.SchoolCode).Where(s => s.Grade == grade).Select(DerivedRecords.GraduationStatusOf)).ToList();
    }

}
