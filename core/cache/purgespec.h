#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace qm::cache {

// What a Redis purge deletes.
//   Pattern  every key matching a Redis glob, on every master
//   Tag      the members of the tag set tag:<name> (keys), then the set itself
//   Product  product:<id> and product:<id>:*, the members of tag:product:<id> (the pages and
//            lists that show the product), then that tag set
struct RedisPurgeSpec
{
    enum class Kind { Pattern, Tag, Product };
    Kind kind = Kind::Pattern;
    QByteArray pattern; // Pattern
    QByteArray tag; // Tag: the name after "tag:"
    QByteArray productId; // Product
    // Protected namespaces are refused unless unlocked for this one purge.
    bool unlockProtected = false;

    static RedisPurgeSpec byPattern(QByteArray pattern);
    static RedisPurgeSpec byTag(QByteArray tag);
    static RedisPurgeSpec byProduct(QByteArray productId);

    QByteArray tagKey() const; // tag:<name> or tag:product:<id>
    QString target() const; // what production asks to type: the pattern, tag or product id
    QString actionName() const; // cache.purge.pattern / .tag / .product
    QJsonObject toJson() const;
};

// How purges behave; defaults suit a store on one Redis. Read from settings by the app.
struct PurgePolicy
{
    QByteArrayList protectedGlobs = {"session:*", "cart:*"};
    double latencyBudgetMs = 2.0; // p99 a shopper may see while we delete
    int scanCount = 1000; // SCAN COUNT hint per call (lowered while over budget)
    int minScanCount = 100;
    double maxPauseMs = 50; // the most the pacer waits between batches
    int sampleSize = 20; // keys shown in the plan
    int memorySampleSize = 200; // keys whose MEMORY USAGE estimates what is freed
    bool pace = true; // off for benchmarks of raw speed only
};

} // namespace qm::cache
