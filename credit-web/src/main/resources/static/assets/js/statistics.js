/* 统计分析: draws the charts of /statistics from /statistics/data with ECharts. The same numbers are in the tables
 * below each chart, so the page is complete without JavaScript; the chart containers stay hidden (:empty) until drawn. */
(function () {
    'use strict';
    var charts = document.querySelectorAll('[data-chart]');
    if (!charts.length || typeof echarts === 'undefined') {
        return;
    }
    var source = charts[0].getAttribute('data-source');
    fetch(source, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
        .then(function (response) {
            if (!response.ok) {
                throw new Error('statistics: HTTP ' + response.status);
            }
            return response.json();
        })
        .then(function (data) {
            var drawn = [];
            charts.forEach(function (element) {
                var option = optionFor(element, data);
                if (option) {
                    var chart = echarts.init(element);
                    chart.setOption(option);
                    drawn.push(chart);
                }
            });
            window.addEventListener('resize', function () {
                drawn.forEach(function (chart) { chart.resize(); });
            });
        })
        .catch(function (error) {
            // The tables carry the numbers; a chart that cannot be drawn is only logged.
            console.warn(error);
        });

    function optionFor(element, data) {
        var licenses = element.getAttribute('data-label-licenses');
        var penalties = element.getAttribute('data-label-penalties');
        switch (element.getAttribute('data-chart')) {
            case 'months':
                return {
                    tooltip: {trigger: 'axis'},
                    legend: {data: [licenses, penalties]},
                    xAxis: {type: 'category', data: data.months},
                    yAxis: {type: 'value', minInterval: 1},
                    series: [
                        {name: licenses, type: 'bar', data: data.licensesPerMonth},
                        {name: penalties, type: 'bar', data: data.penaltiesPerMonth}
                    ]
                };
            case 'departments':
                if (!data.departments.length) {
                    return null;
                }
                return {
                    tooltip: {trigger: 'axis'},
                    legend: {data: [licenses, penalties]},
                    grid: {left: 8, right: 16, containLabel: true},
                    xAxis: {type: 'value', minInterval: 1},
                    yAxis: {type: 'category', inverse: true, data: data.departments.map(function (d) { return d.name; })},
                    series: [
                        {name: licenses, type: 'bar', stack: 'all', data: data.departments.map(function (d) { return d.licenses; })},
                        {name: penalties, type: 'bar', stack: 'all', data: data.departments.map(function (d) { return d.penalties; })}
                    ]
                };
            case 'kinds':
                if (!data.penaltyKinds.length) {
                    return null;
                }
                return {
                    tooltip: {trigger: 'item'},
                    series: [{
                        type: 'pie', radius: ['35%', '65%'],
                        data: data.penaltyKinds.map(function (k) { return {name: k.label, value: k.count}; })
                    }]
                };
            default:
                return null;
        }
    }
}());
