namespace IlluminatePerms.MockAeries.Data;

/// <summary>Names and places the generated district is made of (fictional; any likeness is chance).</summary>
internal static class NamePools
{
    public static readonly string[] FirstNames =
    {
        "Ava", "Liam", "Sofia", "Noah", "Mia", "Mateo", "Isabella", "Ethan", "Camila", "Lucas", "Emma", "Diego",
        "Olivia", "Elijah", "Valeria", "James", "Aria", "Daniel", "Luna", "Gabriel", "Chloe", "Julian", "Zoe",
        "Adrian", "Maya", "Leo", "Nora", "Angel", "Layla", "Isaac", "Elena", "Aiden", "Lily", "Santiago", "Hannah",
        "Caleb", "Ximena", "Owen", "Ruby", "Josiah", "Alice", "Ezra", "Naomi", "Kai", "Sara", "Miles", "Iris", "Omar",
    };

    public static readonly string[] LastNames =
    {
        "Garcia", "Nguyen", "Smith", "Hernandez", "Lopez", "Kim", "Martinez", "Patel", "Johnson", "Rodriguez",
        "Chen", "Williams", "Gonzalez", "Tran", "Brown", "Perez", "Singh", "Davis", "Sanchez", "Lee", "Miller",
        "Ramirez", "Wong", "Wilson", "Torres", "Park", "Anderson", "Flores", "Ali", "Thomas", "Rivera", "Le",
        "Moore", "Gomez", "Khan", "Taylor", "Diaz", "Pham", "Jackson", "Cruz", "Yang", "White", "Morales", "Shah",
    };

    public static readonly string[] Streets = { "Oak", "Mission", "Valley", "Sierra", "Harbor", "Cypress", "Vista", "Palm", "Canyon", "Mesa" };

    public static readonly string[] Cities = { "Eagle Valley", "Ridgecrest", "Sunport", "Bayside", "Pinehurst" };

    public static readonly string[] Mascots = { "Eagle", "Falcon", "Bear", "Lion", "Hawk", "Otter", "Wolf", "Fox" };

    public static readonly (string Id, string Title, string Department)[] Courses =
    {
        ("0600", "English 9", "ENG"), ("0601", "English 10", "ENG"), ("0602", "English 11", "ENG"), ("0603", "English 12", "ENG"),
        ("0610", "Algebra 1", "MATH"), ("0611", "Geometry", "MATH"), ("0612", "Algebra 2", "MATH"), ("0613", "Precalculus", "MATH"),
        ("0614", "Calculus AB", "MATH"), ("0615", "Statistics", "MATH"), ("0616", "Biology", "SCI"), ("0617", "Chemistry", "SCI"),
        ("0618", "Physics", "SCI"), ("0619", "Earth Science", "SCI"), ("0620", "World History", "SOC"), ("0621", "US History", "SOC"),
        ("0622", "Government", "SOC"), ("0623", "Economics", "SOC"), ("0624", "Spanish 1", "WL"), ("0625", "Spanish 2", "WL"),
        ("0626", "French 1", "WL"), ("0627", "Art 1", "VPA"), ("0628", "Band", "VPA"), ("0629", "Physical Education", "PE"),
    };
}
