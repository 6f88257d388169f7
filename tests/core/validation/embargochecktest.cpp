#include "article.h"
#include "validation/embargocheck.h"
#include "validation/validator.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class EmbargoCheckTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRemindOfAnEmbargoAndRefuseAnEarlierPublication()
    {
        // GIVEN an agency item under embargo until 25.10.2024 14:00 in Berlin
        Article article;
        article.headline = u"Haushalt beschlossen"_s;
        article.embargoed = QDateTime(QDate(2024, 10, 25), QTime(12, 0), QTimeZone::UTC);
        // THEN the checklist reminds of it, in German notation
        QList<Finding> findings = EmbargoCheck::check(article);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().severity, Finding::Severity::Info);
        QVERIFY2(findings.first().message.contains(u"25.10.2024 14:00"_s), qPrintable(findings.first().message));
        // WHEN it is scheduled for 10:15 the same day THEN that is an error, and the validator says it too
        article.published = QDateTime(QDate(2024, 10, 25), QTime(8, 15), QTimeZone::UTC);
        findings = EmbargoCheck::check(article);
        QCOMPARE(findings.first().severity, Finding::Severity::Error);
        QVERIFY2(findings.first().message.contains(u"25.10.2024 10:15"_s), qPrintable(findings.first().message));
        QVERIFY(Validator().validate(article).contains(findings.first()));
        // WHEN scheduled after the embargo THEN only the reminder
        article.published = QDateTime(QDate(2024, 10, 25), QTime(13, 0), QTimeZone::UTC);
        QCOMPARE(EmbargoCheck::check(article).first().severity, Finding::Severity::Info);
        // AND no embargo, no finding
        article.embargoed = {};
        QVERIFY(EmbargoCheck::check(article).isEmpty());
    }
};

QTEST_GUILESS_MAIN(EmbargoCheckTest)
#include "embargochecktest.moc"
