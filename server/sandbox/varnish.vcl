vcl 4.1;
# The sandbox's full-page cache, in front of qm-page-origin. @ORIGIN_PORT@ is filled in by
# server/sandbox/cache.sh. Invalidation the console uses (from loopback only):
#   BAN   /  with X-Ban-Url: <regex> and/or X-Ban-Host: <regex>   -> a lurker-friendly ban
#   PURGE /  with xkey: <tag> [<tag>...]                          -> xkey.purge, X-Purged: <n>
#   PURGE <url>                                                   -> purge of that one object
#   GET   /.qm/varnish                                            -> ban list + counters (JSON)
# Maintenance mode (migration 0502): the origin answers the probe of `maintenance_flag` with 200
# while the store is in maintenance, so that backend is "healthy" exactly then. Every GET/HEAD
# is then passed to the origin's maintenance page (503, Retry-After) instead of a cached page.

import std;
import xkey;

backend origin {
    .host = "127.0.0.1";
    .port = "@ORIGIN_PORT@";
}

backend maintenance_flag {
    .host = "127.0.0.1";
    .port = "@ORIGIN_PORT@";
    .probe = {
        .url = "/.qm/maintenance";
        .interval = 500ms;
        .timeout = 1s;
        .window = 1;
        .threshold = 1;
        .initial = 0;
    }
}

# Exactly the loopback addresses: the tests check that 127.0.0.2 is refused.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "BAN" || req.method == "PURGE" || req.url ~ "^/\.qm/") {
        if (client.ip !~ purgers) {
            return (synth(405, "Invalidation is accepted from loopback only"));
        }
    }
    if (req.url ~ "^/\.qm/") {
        return (pass);
    }
    if (req.method == "BAN") {
        # std.ban() splits its argument on whitespace and keeps quotes literally: the console
        # sends regexes without spaces (it writes them as \x20).
        if (req.http.X-Ban-Url && req.http.X-Ban-Host) {
            set req.http.X-Ban-Expr = "obj.http.X-Host ~ " + req.http.X-Ban-Host
                + " && obj.http.X-Url ~ " + req.http.X-Ban-Url;
        } else if (req.http.X-Ban-Url) {
            set req.http.X-Ban-Expr = "obj.http.X-Url ~ " + req.http.X-Ban-Url;
        } else if (req.http.X-Ban-Host) {
            set req.http.X-Ban-Expr = "obj.http.X-Host ~ " + req.http.X-Ban-Host;
        } else {
            return (synth(400, "BAN needs X-Ban-Url or X-Ban-Host"));
        }
        if (std.ban(req.http.X-Ban-Expr)) {
            return (synth(200, "Ban added"));
        }
        return (synth(400, std.ban_error()));
    }
    if (req.method == "PURGE") {
        if (req.http.xkey) {
            set req.http.X-Purged = xkey.purge(req.http.xkey);
            return (synth(200, "Purged"));
        }
        return (purge);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (std.healthy(maintenance_flag)) {
        set req.url = "/.qm/maintenance-page";
        set req.backend_hint = origin;
        return (pass);
    }
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # Lurker-friendly bans test object headers only, never req.*.
    set beresp.http.X-Url = bereq.url;
    set beresp.http.X-Host = bereq.http.host;
}

sub vcl_synth {
    if (req.http.X-Purged) {
        set resp.http.X-Purged = req.http.X-Purged;
    }
    if (req.http.X-Ban-Expr && resp.status == 200) {
        set resp.http.X-Ban-Expr = req.http.X-Ban-Expr;
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.X-Url;
    unset resp.http.X-Host;
    unset resp.http.xkey;
}
