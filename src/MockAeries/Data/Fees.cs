using System;
using System.Collections.Generic;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>A student's fees and fines (table FEE), nested as the Fees and Fines example shows.</summary>
internal sealed record FeeRecord(int StudentID, IReadOnlyList<Fee> Fees);

/// <summary>One fee or fine with the example's fields: amounts are numbers, the receipt number a string.</summary>
internal sealed record Fee(
    string FeeCode,
    int SequenceNumber,
    decimal AmountCharged,
    DateTime DateCharged,
    decimal AmountPaid,
    DateTime? DatePaid,
    int LetterCount,
    string Comment,
    string ReceiptNumber,
    int SchoolCode);
