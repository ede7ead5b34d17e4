using System.Collections.Generic;
using System.Text.Json.Serialization;
using IlluminatePerms.Client.Models;

namespace IlluminatePerms.Client.Json;

/// <summary>
/// Source-generated System.Text.Json metadata for every Aeries model: no reflection, trimming-safe.
/// Numbers are also read from strings, because Aeries' articles disagree on which fields are which.
/// </summary>
[JsonSourceGenerationOptions(
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(SystemInfo))]
[JsonSerializable(typeof(School))]
[JsonSerializable(typeof(List<School>))]
[JsonSerializable(typeof(List<Term>))]
[JsonSerializable(typeof(Student))]
[JsonSerializable(typeof(List<Student>))]
[JsonSerializable(typeof(List<StudentDataChange>))]
[JsonSerializable(typeof(StudentExtended))]
[JsonSerializable(typeof(List<StudentExtended>))]
[JsonSerializable(typeof(Contact))]
[JsonSerializable(typeof(List<Contact>))]
[JsonSerializable(typeof(List<StudentProgram>))]
[JsonSerializable(typeof(List<TestScoreRecord>))]
[JsonSerializable(typeof(CollegeTestScores))]
[JsonSerializable(typeof(List<CollegeTestScores>))]
[JsonSerializable(typeof(StudentPictures))]
[JsonSerializable(typeof(List<StudentPictures>))]
[JsonSerializable(typeof(List<SupplementalRecord>))]
[JsonSerializable(typeof(StudentAttendance))]
[JsonSerializable(typeof(List<StudentAttendance>))]
[JsonSerializable(typeof(List<AttendanceHistory>))]
[JsonSerializable(typeof(List<EnrollmentRecord>))]
[JsonSerializable(typeof(Staff))]
[JsonSerializable(typeof(List<Staff>))]
[JsonSerializable(typeof(Teacher))]
[JsonSerializable(typeof(List<Teacher>))]
[JsonSerializable(typeof(Section))]
[JsonSerializable(typeof(List<Section>))]
[JsonSerializable(typeof(Course))]
[JsonSerializable(typeof(List<Course>))]
[JsonSerializable(typeof(List<RosterEntry>))]
[JsonSerializable(typeof(Gradebook))]
[JsonSerializable(typeof(List<Gradebook>))]
[JsonSerializable(typeof(Assignment))]
[JsonSerializable(typeof(List<Assignment>))]
[JsonSerializable(typeof(AssignmentScore))]
[JsonSerializable(typeof(List<AssignmentScore>))]
[JsonSerializable(typeof(AssignmentInput))]
[JsonSerializable(typeof(List<ScoreWrite>))]
[JsonSerializable(typeof(FinalMark))]
[JsonSerializable(typeof(List<FinalMark>))]
[JsonSerializable(typeof(GradebookStudent))]
[JsonSerializable(typeof(List<GradebookStudent>))]
[JsonSerializable(typeof(StaffAssignment))]
[JsonSerializable(typeof(List<StaffAssignment>))]
[JsonSerializable(typeof(StaffAssignmentInput))]
[JsonSerializable(typeof(AlternateCourseRequest))]
[JsonSerializable(typeof(List<AlternateCourseRequest>))]
[JsonSerializable(typeof(AlternateCourseRequestInput))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonObject))]
[JsonSerializable(typeof(StudentGpa))]
[JsonSerializable(typeof(List<StudentGpa>))]
[JsonSerializable(typeof(ReportCard))]
[JsonSerializable(typeof(List<ReportCard>))]
[JsonSerializable(typeof(ReportCardMarkingPeriod))]
[JsonSerializable(typeof(List<ReportCardMarkingPeriod>))]
[JsonSerializable(typeof(GraduationRequirements))]
[JsonSerializable(typeof(List<GraduationRequirements>))]
[JsonSerializable(typeof(GraduationStatus))]
[JsonSerializable(typeof(List<GraduationStatus>))]
[JsonSerializable(typeof(Transcript))]
[JsonSerializable(typeof(List<Transcript>))]
[JsonSerializable(typeof(ValidMark))]
[JsonSerializable(typeof(List<ValidMark>))]
[JsonSerializable(typeof(AeriesRecord))]
[JsonSerializable(typeof(List<AeriesRecord>))]
[JsonSerializable(typeof(AeriesErrorBody))]
internal sealed partial class AeriesJsonContext : JsonSerializerContext
{
}
