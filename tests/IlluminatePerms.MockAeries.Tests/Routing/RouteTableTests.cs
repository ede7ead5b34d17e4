using System;
using System.Linq;
using IlluminatePerms.Contract;
using IlluminatePerms.MockAeries.Routing;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests.Routing;

/// <summary>Which route the mock picks for a request: literal before placeholder, and the closest one when none fits.</summary>
public sealed class RouteTableTests
{
    private static readonly RouteTable Table = new(AeriesContract.All, Endpoints.HandlerMap.Create(_ => null!).Handlers);

    [Fact]
    public void A_handler_for_an_operation_the_contract_lacks_stops_the_mock_at_start()
    {
        var handlers = Endpoints.HandlerMap.Create(_ => null!).Handlers.ToDictionary(h => h.Key, h => h.Value);
        handlers["schools.get_school_lunches"] = handlers["schools.get_school_terms"];
        handlers["schools.get_school_buses"] = handlers["schools.get_school_terms"];

        var error = Assert.Throws<InvalidOperationException>(() => new RouteTable(AeriesContract.All, handlers));

        Assert.Equal("The mock has handlers for operations the contract does not have: schools.get_school_lunches, schools.get_school_buses.", error.Message);
    }

    [Theory]
    // Both templates fit; the one with more literal segments is the request's.
    [InlineData("schools/994/students/grade/activities/extended", "schools/{SchoolCode}/students/grade/{GradeLevel}/extended")]
    [InlineData("schools/994/students/sn/activities/extended", "schools/{SchoolCode}/students/sn/{StudentNumber}/extended")]
    [InlineData("schools/994/students/99400001/activities/7", "schools/{SchoolCode}/students/{StudentID}/activities/{SequenceNumber?}")]
    public void The_most_literal_template_wins(string path, string template)
    {
        var match = Table.Match("GET", path);

        Assert.Equal(template, match.Route?.Template.Text);
        Assert.Equal("GET " + template, match.Route?.ToString());
    }

    [Fact]
    public void A_path_longer_than_every_template_names_the_closest_route()
    {
        var longest = Table.Routes.Max(r => r.Template.SegmentCount);

        foreach (var extra in new[] { 1, 2, 3, 40 })
        {
            var path = string.Join('/', Enumerable.Repeat("staff", longest + extra));

            var match = Table.Match("GET", path);

            Assert.Null(match.Route);
            Assert.False(match.MethodNotAllowed);
            Assert.NotNull(match.ClosestRoute);
        }
    }

    [Theory]
    // "staff/{StaffID?}" (GET) and "staff/{StaffID}" (PUT) fill to the same text: the request's method decides.
    [InlineData("PUT", "stafff/5", "staff/{StaffID}")]
    [InlineData("GET", "stafff/5", "staff/{StaffID?}")]
    [InlineData("DELETE", "stafff/5", "staff/{StaffID?}")]
    public void On_a_tie_the_closest_route_is_one_of_the_requests_method(string method, string path, string closest)
    {
        Assert.Equal(closest, Table.Match(method, path).ClosestRoute);
    }
}
