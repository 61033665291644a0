#pragma once

#include "TestData.h"

#include <QByteArray>

namespace khronika::test {

// A small data set for the chart tests: one product of the Five Year Plans (in a group named unlike
// the built-in one, so that plans are found by their targets), collectivisation with its 1930 spike,
// livestock counted two ways and three contested versions of the grain harvest, plus a few events to
// select. Tests replace a value in the text to check that the charts follow the data.
inline QByteArray chartRecords()
{
    return QByteArrayLiteral(R"yaml(sources:
  - { id: nove, author: Alec Nove, title: An Economic History of the USSR, year: 1992 }
  - { id: davies, author: R. W. Davies, title: The Socialist Offensive, year: 1980 }
  - { id: dhw, author: "R. W. Davies, Mark Harrison and S. G. Wheatcroft (eds)", title: The Economic Transformation, year: 1994 }
  - { id: gse, author: Great Soviet Encyclopedia, title: Livestock, year: 1972 }
events:
  - { id: plan-adopted, title: First Five Year Plan adopted, date: 1929-04, category: congress, importance: 3, summary: S., sources: [nove] }
  - { id: dizzy, title: Dizzy with Success, date: 1930-03-02, category: congress, importance: 3, summary: S., sources: [davies] }
  - { id: famine, title: Famine, date: 1932, end: 1933, category: trial, importance: 3, summary: S., sources: [davies] }
series:
  - id: coal-plans
    title: Coal output, plans and results
    unit: million tonnes
    group: Industry
    measure: year
    basis: Coal.
    sources: [nove, { ref: davies, page: "12" }, { ref: nove, page: "190" }]
    points:
      - { date: 1928, value: 35.4, kind: actual }
      - { date: 1933, value: 75.0, kind: target, variant: optimal }
      - { date: 1933, value: 68.0, kind: target, variant: basic }
      - { date: 1932, value: 64.3, kind: actual }
      - { date: 1937, value: 152.5, kind: target, variant: second-plan }
      - { date: 1937, value: 128.0, kind: actual }
      - { date: 1942, value: 230.0, kind: target, variant: third-plan }
      - { date: 1940, value: 165.9, kind: actual }
  - id: households
    title: Peasant households in collective farms, 1928–1940
    unit: per cent of peasant households
    group: Collectivisation
    measure: count
    basis: Yearly.
    sources: [davies]
    points:
      - { date: 1928-06-01, value: 1.7, kind: actual }
      - { date: 1929-06-01, value: 3.9, kind: actual }
      - { date: 1930-06-01, value: 23.6, kind: actual }
      - { date: 1931, value: 52.7, kind: actual }
      - { date: 1932, value: 61.5, kind: actual }
  - id: spike
    title: The collectivisation spike and retreat of 1929–1930
    unit: per cent of peasant households
    group: collectivisation
    measure: count
    basis: Monthly.
    sources: [davies]
    points:
      - { date: 1929-10-01, value: 7.5, kind: actual }
      - { date: 1930-03-01, value: 57.2, kind: actual }
      - { date: 1930-01-01, value: 18.1, kind: actual }
      - { date: 1930-06-01, value: 23.6, kind: actual }
      - { date: 1930-08-01, value: 21.9, kind: actual }
      - { date: 1931-01-01, value: 25.9, kind: actual }
  - id: cattle-summer
    title: Cattle, summer counts
    unit: million head
    group: Livestock
    measure: count
    basis: Summer.
    sources: [nove]
    points:
      - { date: 1928, value: 70.5, kind: actual }
      - { date: 1929, value: 67.1, kind: actual }
      - { date: 1930, value: 52.5, kind: actual }
      - { date: 1931, value: 47.9, kind: actual }
      - { date: 1932, value: 40.7, kind: actual }
      - { date: 1933, value: 38.4, kind: actual }
      - { date: 1934, value: 42.4, kind: actual }
  - id: cattle-january
    title: Cattle, 1 January counts
    unit: million head
    group: Livestock
    measure: count
    basis: January.
    sources: [gse]
    points:
      - { date: 1929-01-01, value: 58.2, kind: actual }
      - { date: 1934-01-01, value: 33.5, kind: actual }
  - id: horses-summer
    title: Horses, summer counts
    unit: million head
    group: Livestock
    measure: count
    basis: Summer.
    sources: [nove]
    points:
      - { date: 1928, value: 33.5, kind: actual }
      - { date: 1933, value: 16.6, kind: actual }
  - id: harvest-official
    title: Grain harvest, figures published in the 1930s
    unit: million tonnes
    group: Grain
    measure: year
    basis: Official.
    sources: [dhw]
    points:
      - { date: 1930, value: 83.5, kind: actual }
      - { date: 1931, value: 69.5, kind: actual }
      - { date: 1932, value: 69.8, kind: actual }
      - { date: 1933, value: 89.8, kind: actual }
  - id: harvest-revised
    title: Grain harvest, revised barn-yield figures
    unit: million tonnes
    group: Grain
    measure: year
    basis: Revised.
    sources: [dhw]
    points:
      - { date: 1930, value: 83.5, kind: actual }
      - { date: 1931, value: 69.5, kind: actual }
      - { date: 1932, value: 69.8, kind: actual }
      - { date: 1933, value: 68.4, kind: actual }
  - id: harvest-low
    title: Grain harvest, Wheatcroft and Davies's low estimates
    unit: million tonnes
    group: Grain
    measure: year
    basis: Low.
    sources: [dhw, davies]
    points:
      - { date: 1930, value: 65, kind: actual }
      - { date: 1931, value: 56, kind: actual }
      - { date: 1932, value: 56, kind: actual }
      - { date: 1933, value: 65, kind: actual }
  - id: exports
    title: Grain exports
    unit: million tonnes
    group: Grain
    measure: year
    basis: Exports.
    sources: [davies]
    points:
      - { date: 1929, value: 0.17, kind: actual }
      - { date: 1930, value: 4.8, kind: actual }
      - { date: 1931, value: 5.2, kind: actual }
      - { date: 1932, value: 1.7, kind: actual }
)yaml");
}

// The chart data set with every occurrence of `from` in the records replaced by `to`.
inline LoadResult loadChartData(const QByteArray &from = {}, const QByteArray &to = {})
{
    QByteArray records = chartRecords();
    if (!from.isEmpty())
        records.replace(from, to);
    return loadWithRecords(records);
}

} // namespace khronika::test
