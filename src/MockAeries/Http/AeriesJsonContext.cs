using System.Collections.Generic;
using System.Text.Json.Serialization;
using IlluminatePerms.MockAeries.Data;

namespace IlluminatePerms.MockAeries.Http;

/// <summary>
/// Source-generated JSON for every body the mock sends or reads (use it through <see cref="AeriesJson.Context"/>). Property names are the Aeries
/// spellings (PascalCase, as declared); dates without a zone ("2019-07-01T00:00:00"), as Aeries writes them.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ErrorMessage))]
[JsonSerializable(typeof(SystemInfo))]
[JsonSerializable(typeof(School))]
[JsonSerializable(typeof(List<School>))]
[JsonSerializable(typeof(List<Term>))]
[JsonSerializable(typeof(Student))]
[JsonSerializable(typeof(List<Student>))]
[JsonSerializable(typeof(List<Contact>))]
[JsonSerializable(typeof(List<StudentProgram>))]
[JsonSerializable(typeof(List<ClassScheduleEntry>))]
[JsonSerializable(typeof(List<SupplementalField>))]
[JsonSerializable(typeof(List<EnrollmentRecord>))]
[JsonSerializable(typeof(List<DisciplineIncident>))]
[JsonSerializable(typeof(List<TestScore>))]
[JsonSerializable(typeof(List<CollegeTestScore>))]
[JsonSerializable(typeof(List<StudentPicture>))]
[JsonSerializable(typeof(List<ReportCardMark>))]
[JsonSerializable(typeof(List<TranscriptRecord>))]
[JsonSerializable(typeof(List<GraduationStatus>))]
[JsonSerializable(typeof(List<Staff>))]
[JsonSerializable(typeof(Staff))]
[JsonSerializable(typeof(List<StaffAssignment>))]
[JsonSerializable(typeof(List<Teacher>))]
[JsonSerializable(typeof(List<Course>))]
[JsonSerializable(typeof(Course))]
[JsonSerializable(typeof(List<Section>))]
[JsonSerializable(typeof(Section))]
[JsonSerializable(typeof(List<RosterEntry>))]
[JsonSerializable(typeof(List<CourseRequest>))]
[JsonSerializable(typeof(List<ClassCalendarDay>))]
[JsonSerializable(typeof(List<FlexPeriod>))]
[JsonSerializable(typeof(List<StudentGroup>))]
[JsonSerializable(typeof(List<Gradebook>))]
[JsonSerializable(typeof(Gradebook))]
[JsonSerializable(typeof(List<Assignment>))]
[JsonSerializable(typeof(Assignment))]
[JsonSerializable(typeof(AssignmentInput))]
[JsonSerializable(typeof(List<Score>))]
[JsonSerializable(typeof(List<ScoreUpdate>))]
[JsonSerializable(typeof(List<AbsenceCode>))]
[JsonSerializable(typeof(List<BellSchedulePeriod>))]
[JsonSerializable(typeof(List<CalendarDay>))]
[JsonSerializable(typeof(List<AttendanceRecord>))]
[JsonSerializable(typeof(List<AttendanceSummary>))]
[JsonSerializable(typeof(List<GraduationRequirement>))]
public sealed partial class AeriesJsonContext : JsonSerializerContext;
