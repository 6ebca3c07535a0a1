#pragma once

#include "TestPaths.h"

#include "import/CampaignImporter.h"
#include "store/sqlite/Database.h"
#include "store/sqlite/ReportQueries.h"

#include <QtTest>

#include <memory>

// Opens a store file, imports folders, reads reports: the steps most store tests share.
class TestStore {
public:
    explicit TestStore(const QString& path) {
        if (!m_db.open(path))
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(m_db.errorString()));
    }

    deliverboard::ImportSummary import(const QStringList& paths, const QString& campaign = {},
                                       const deliverboard::ImportLimits& limits = {}) {
        deliverboard::CampaignImporter importer(m_db);
        deliverboard::ImportOptions options;
        options.campaignName = campaign;
        options.limits = limits;
        return importer.importPaths(paths, options);
    }

    deliverboard::ReportQueries queries() { return deliverboard::ReportQueries(m_db.connection()); }

    deliverboard::CampaignInfo campaign(const QString& name) {
        const auto info = queries().campaign(name);
        if (!info)
            qFatal("no campaign %s", qPrintable(name));
        return *info;
    }

    deliverboard::CampaignReport report(const QString& name, const QDateTime& asOf = {}) {
        auto q = queries();
        const deliverboard::CampaignInfo info = campaign(name);
        deliverboard::CampaignReport report;
        if (!q.report(info, q.defaultPolicy(info, asOf), report))
            qFatal("report failed: %s", qPrintable(q.errorString()));
        return report;
    }

    // recipient -> outcome id
    QHash<QString, QString> outcomes(const QString& name, const QDateTime& asOf = {}) {
        auto q = queries();
        const deliverboard::CampaignInfo info = campaign(name);
        QHash<QString, QString> result;
        for (const auto& row : q.messages(info, q.defaultPolicy(info, asOf), {}))
            result.insert(row.recipient, deliverboard::outcomeId(row.outcome));
        return result;
    }

    deliverboard::Database& database() { return m_db; }

    // A store at `path` with the bundled demo imported as campaign "demo".
    static std::unique_ptr<TestStore> withDemo(const QString& path) {
        auto store = std::make_unique<TestStore>(path);
        const deliverboard::ImportSummary summary = store->import(
            {testpaths::source(QStringLiteral("resources/demo/spring-newsletter-2026"))},
            QStringLiteral("demo"));
        if (!summary.fatalError.isEmpty())
            qFatal("demo import failed: %s", qPrintable(summary.fatalError));
        return store;
    }

private:
    deliverboard::Database m_db;
};
