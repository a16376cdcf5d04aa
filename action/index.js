import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/undici/lib/core/errors.js
var require_errors = __commonJS({
  "node_modules/undici/lib/core/errors.js"(exports, module) {
    "use strict";
    var kUndiciError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR");
    var UndiciError = class extends Error {
      constructor(message2, options) {
        super(message2, options);
        this.name = "UndiciError";
        this.code = "UND_ERR";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kUndiciError] === true;
      }
      get [kUndiciError]() {
        return true;
      }
    };
    var kConnectTimeoutError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_CONNECT_TIMEOUT");
    var ConnectTimeoutError = class extends UndiciError {
      constructor(message2) {
        super(message2);
        this.name = "ConnectTimeoutError";
        this.message = message2 || "Connect Timeout Error";
        this.code = "UND_ERR_CONNECT_TIMEOUT";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kConnectTimeoutError] === true;
      }
      get [kConnectTimeoutError]() {
        return true;
      }
    };
    var kHeadersTimeoutError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_HEADERS_TIMEOUT");
    var HeadersTimeoutError = class extends UndiciError {
      constructor(message2) {
        super(message2);
        this.name = "HeadersTimeoutError";
        this.message = message2 || "Headers Timeout Error";
        this.code = "UND_ERR_HEADERS_TIMEOUT";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kHeadersTimeoutError] === true;
      }
      get [kHeadersTimeoutError]() {
        return true;
      }
    };
    var kHeadersOverflowError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_HEADERS_OVERFLOW");
    var HeadersOverflowError = class extends UndiciError {
      constructor(message2) {
        super(message2);
        this.name = "HeadersOverflowError";
        this.message = message2 || "Headers Overflow Error";
        this.code = "UND_ERR_HEADERS_OVERFLOW";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kHeadersOverflowError] === true;
      }
      get [kHeadersOverflowError]() {
        return true;
      }
    };
    var kBodyTimeoutError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_BODY_TIMEOUT");
    var BodyTimeoutError = class extends UndiciError {
      constructor(message2) {
        super(message2);
        this.name = "BodyTimeoutError";
        this.message = message2 || "Body Timeout Error";
        this.code = "UND_ERR_BODY_TIMEOUT";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kBodyTimeoutError] === true;
      }
      get [kBodyTimeoutError]() {
        return true;
      }
    };
    var kInvalidArgumentError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_INVALID_ARG");
    var InvalidArgumentError = class extends UndiciError {
      constructor(message2) {
        super(message2);
        this.name = "InvalidArgumentError";
        this.message = message2 || "Invalid Argument Error";
        this.code = "UND_ERR_INVALID_ARG";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kInvalidArgumentError] === true;
      }
      get [kInvalidArgumentError]() {
        return true;
      }
    };
    var kInvalidReturnValueError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_INVALID_RETURN_VALUE");
    var InvalidReturnValueError = class extends UndiciError {
      constructor(message2) {
        super(message2);
        this.name = "InvalidReturnValueError";
        this.message = message2 || "Invalid Return Value Error";
        this.code = "UND_ERR_INVALID_RETURN_VALUE";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kInvalidReturnValueError] === true;
      }
      get [kInvalidReturnValueError]() {
        return true;
      }
    };
    var kAbortError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_ABORT");
    var AbortError = class extends UndiciError {
      constructor(message2) {
        super(message2);
        this.name = "AbortError";
        this.message = message2 || "The operation was aborted";
        this.code = "UND_ERR_ABORT";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kAbortError] === true;
      }
      get [kAbortError]() {
        return true;
      }
    };
    var kRequestAbortedError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_ABORTED");
    var RequestAbortedError = class extends AbortError {
      constructor(message2) {
        super(message2);
        this.name = "AbortError";
        this.message = message2 || "Request aborted";
        this.code = "UND_ERR_ABORTED";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kRequestAbortedError] === true;
      }
      get [kRequestAbortedError]() {
        return true;
      }
    };
    var kInformationalError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_INFO");
    var InformationalError = class extends UndiciError {
      constructor(message2) {
        super(message2);
        this.name = "InformationalError";
        this.message = message2 || "Request information";
        this.code = "UND_ERR_INFO";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kInformationalError] === true;
      }
      get [kInformationalError]() {
        return true;
      }
    };
    var kRequestContentLengthMismatchError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_REQ_CONTENT_LENGTH_MISMATCH");
    var RequestContentLengthMismatchError = class extends UndiciError {
      constructor(message2) {
        super(message2);
        this.name = "RequestContentLengthMismatchError";
        this.message = message2 || "Request body length does not match content-length header";
        this.code = "UND_ERR_REQ_CONTENT_LENGTH_MISMATCH";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kRequestContentLengthMismatchError] === true;
      }
      get [kRequestContentLengthMismatchError]() {
        return true;
      }
    };
    var kResponseContentLengthMismatchError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_RES_CONTENT_LENGTH_MISMATCH");
    var ResponseContentLengthMismatchError = class extends UndiciError {
      constructor(message2) {
        super(message2);
        this.name = "ResponseContentLengthMismatchError";
        this.message = message2 || "Response body length does not match content-length header";
        this.code = "UND_ERR_RES_CONTENT_LENGTH_MISMATCH";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kResponseContentLengthMismatchError] === true;
      }
      get [kResponseContentLengthMismatchError]() {
        return true;
      }
    };
    var kClientDestroyedError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_DESTROYED");
    var ClientDestroyedError = class extends UndiciError {
      constructor(message2) {
        super(message2);
        this.name = "ClientDestroyedError";
        this.message = message2 || "The client is destroyed";
        this.code = "UND_ERR_DESTROYED";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kClientDestroyedError] === true;
      }
      get [kClientDestroyedError]() {
        return true;
      }
    };
    var kClientClosedError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_CLOSED");
    var ClientClosedError = class extends UndiciError {
      constructor(message2) {
        super(message2);
        this.name = "ClientClosedError";
        this.message = message2 || "The client is closed";
        this.code = "UND_ERR_CLOSED";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kClientClosedError] === true;
      }
      get [kClientClosedError]() {
        return true;
      }
    };
    var kSocketError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_SOCKET");
    var SocketError = class extends UndiciError {
      constructor(message2, socket) {
        super(message2);
        this.name = "SocketError";
        this.message = message2 || "Socket error";
        this.code = "UND_ERR_SOCKET";
        this.socket = socket;
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kSocketError] === true;
      }
      get [kSocketError]() {
        return true;
      }
    };
    var kNotSupportedError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_NOT_SUPPORTED");
    var NotSupportedError = class extends UndiciError {
      constructor(message2) {
        super(message2);
        this.name = "NotSupportedError";
        this.message = message2 || "Not supported error";
        this.code = "UND_ERR_NOT_SUPPORTED";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kNotSupportedError] === true;
      }
      get [kNotSupportedError]() {
        return true;
      }
    };
    var kBalancedPoolMissingUpstreamError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_BPL_MISSING_UPSTREAM");
    var BalancedPoolMissingUpstreamError = class extends UndiciError {
      constructor(message2) {
        super(message2);
        this.name = "MissingUpstreamError";
        this.message = message2 || "No upstream has been added to the BalancedPool";
        this.code = "UND_ERR_BPL_MISSING_UPSTREAM";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kBalancedPoolMissingUpstreamError] === true;
      }
      get [kBalancedPoolMissingUpstreamError]() {
        return true;
      }
    };
    var kHTTPParserError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_HTTP_PARSER");
    var HTTPParserError = class extends Error {
      constructor(message2, code, data) {
        super(message2);
        this.name = "HTTPParserError";
        this.code = code ? `HPE_${code}` : void 0;
        this.data = data ? data.toString() : void 0;
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kHTTPParserError] === true;
      }
      get [kHTTPParserError]() {
        return true;
      }
    };
    var kResponseExceededMaxSizeError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_RES_EXCEEDED_MAX_SIZE");
    var ResponseExceededMaxSizeError = class extends UndiciError {
      constructor(message2) {
        super(message2);
        this.name = "ResponseExceededMaxSizeError";
        this.message = message2 || "Response content exceeded max size";
        this.code = "UND_ERR_RES_EXCEEDED_MAX_SIZE";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kResponseExceededMaxSizeError] === true;
      }
      get [kResponseExceededMaxSizeError]() {
        return true;
      }
    };
    var kRequestRetryError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_REQ_RETRY");
    var RequestRetryError = class extends UndiciError {
      constructor(message2, code, { headers, data }) {
        super(message2);
        this.name = "RequestRetryError";
        this.message = message2 || "Request retry error";
        this.code = "UND_ERR_REQ_RETRY";
        this.statusCode = code;
        this.data = data;
        this.headers = headers;
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kRequestRetryError] === true;
      }
      get [kRequestRetryError]() {
        return true;
      }
    };
    var kResponseError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_RESPONSE");
    var ResponseError = class extends UndiciError {
      constructor(message2, code, { headers, body }) {
        super(message2);
        this.name = "ResponseError";
        this.message = message2 || "Response error";
        this.code = "UND_ERR_RESPONSE";
        this.statusCode = code;
        this.body = body;
        this.headers = headers;
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kResponseError] === true;
      }
      get [kResponseError]() {
        return true;
      }
    };
    var kSecureProxyConnectionError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_PRX_TLS");
    var SecureProxyConnectionError = class extends UndiciError {
      constructor(cause, message2, options = {}) {
        super(message2, { cause, ...options });
        this.name = "SecureProxyConnectionError";
        this.message = message2 || "Secure Proxy Connection failed";
        this.code = "UND_ERR_PRX_TLS";
        this.cause = cause;
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kSecureProxyConnectionError] === true;
      }
      get [kSecureProxyConnectionError]() {
        return true;
      }
    };
    var kMaxOriginsReachedError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_MAX_ORIGINS_REACHED");
    var MaxOriginsReachedError = class extends UndiciError {
      constructor(message2) {
        super(message2);
        this.name = "MaxOriginsReachedError";
        this.message = message2 || "Maximum allowed origins reached";
        this.code = "UND_ERR_MAX_ORIGINS_REACHED";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kMaxOriginsReachedError] === true;
      }
      get [kMaxOriginsReachedError]() {
        return true;
      }
    };
    var Socks5ProxyError = class extends UndiciError {
      constructor(message2, code) {
        super(message2);
        this.name = "Socks5ProxyError";
        this.message = message2 || "SOCKS5 proxy error";
        this.code = code || "UND_ERR_SOCKS5";
      }
    };
    var kMessageSizeExceededError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_WS_MESSAGE_SIZE_EXCEEDED");
    var MessageSizeExceededError = class extends UndiciError {
      constructor(message2) {
        super(message2);
        this.name = "MessageSizeExceededError";
        this.message = message2 || "Max decompressed message size exceeded";
        this.code = "UND_ERR_WS_MESSAGE_SIZE_EXCEEDED";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kMessageSizeExceededError] === true;
      }
      get [kMessageSizeExceededError]() {
        return true;
      }
    };
    module.exports = {
      AbortError,
      HTTPParserError,
      UndiciError,
      HeadersTimeoutError,
      HeadersOverflowError,
      BodyTimeoutError,
      RequestContentLengthMismatchError,
      ConnectTimeoutError,
      InvalidArgumentError,
      InvalidReturnValueError,
      RequestAbortedError,
      ClientDestroyedError,
      ClientClosedError,
      InformationalError,
      SocketError,
      NotSupportedError,
      ResponseContentLengthMismatchError,
      BalancedPoolMissingUpstreamError,
      ResponseExceededMaxSizeError,
      RequestRetryError,
      ResponseError,
      SecureProxyConnectionError,
      MaxOriginsReachedError,
      Socks5ProxyError,
      MessageSizeExceededError
    };
  }
});

// node_modules/undici/lib/core/symbols.js
var require_symbols = __commonJS({
  "node_modules/undici/lib/core/symbols.js"(exports, module) {
    "use strict";
    module.exports = {
      kClose: /* @__PURE__ */ Symbol("close"),
      kDestroy: /* @__PURE__ */ Symbol("destroy"),
      kDispatch: /* @__PURE__ */ Symbol("dispatch"),
      kUrl: /* @__PURE__ */ Symbol("url"),
      kRedirectCacheControl: /* @__PURE__ */ Symbol("redirect cache control"),
      kWriting: /* @__PURE__ */ Symbol("writing"),
      kResuming: /* @__PURE__ */ Symbol("resuming"),
      kQueue: /* @__PURE__ */ Symbol("queue"),
      kConnect: /* @__PURE__ */ Symbol("connect"),
      kConnecting: /* @__PURE__ */ Symbol("connecting"),
      kKeepAliveDefaultTimeout: /* @__PURE__ */ Symbol("default keep alive timeout"),
      kKeepAliveMaxTimeout: /* @__PURE__ */ Symbol("max keep alive timeout"),
      kKeepAliveTimeoutThreshold: /* @__PURE__ */ Symbol("keep alive timeout threshold"),
      kKeepAliveTimeoutValue: /* @__PURE__ */ Symbol("keep alive timeout"),
      kKeepAlive: /* @__PURE__ */ Symbol("keep alive"),
      kHeadersTimeout: /* @__PURE__ */ Symbol("headers timeout"),
      kBodyTimeout: /* @__PURE__ */ Symbol("body timeout"),
      kServerName: /* @__PURE__ */ Symbol("server name"),
      kLocalAddress: /* @__PURE__ */ Symbol("local address"),
      kHost: /* @__PURE__ */ Symbol("host"),
      kNoRef: /* @__PURE__ */ Symbol("no ref"),
      kBodyUsed: /* @__PURE__ */ Symbol("used"),
      kBody: /* @__PURE__ */ Symbol("abstracted request body"),
      kRunning: /* @__PURE__ */ Symbol("running"),
      kBlocking: /* @__PURE__ */ Symbol("blocking"),
      kPending: /* @__PURE__ */ Symbol("pending"),
      kSize: /* @__PURE__ */ Symbol("size"),
      kBusy: /* @__PURE__ */ Symbol("busy"),
      kQueued: /* @__PURE__ */ Symbol("queued"),
      kFree: /* @__PURE__ */ Symbol("free"),
      kConnected: /* @__PURE__ */ Symbol("connected"),
      kClosed: /* @__PURE__ */ Symbol("closed"),
      kNeedDrain: /* @__PURE__ */ Symbol("need drain"),
      kReset: /* @__PURE__ */ Symbol("reset"),
      kDestroyed: /* @__PURE__ */ Symbol.for("nodejs.stream.destroyed"),
      kResume: /* @__PURE__ */ Symbol("resume"),
      kOnError: /* @__PURE__ */ Symbol("on error"),
      kMaxHeadersSize: /* @__PURE__ */ Symbol("max headers size"),
      kRunningIdx: /* @__PURE__ */ Symbol("running index"),
      kPendingIdx: /* @__PURE__ */ Symbol("pending index"),
      kError: /* @__PURE__ */ Symbol("error"),
      kClients: /* @__PURE__ */ Symbol("clients"),
      kClient: /* @__PURE__ */ Symbol("client"),
      kParser: /* @__PURE__ */ Symbol("parser"),
      kOnDestroyed: /* @__PURE__ */ Symbol("destroy callbacks"),
      kPipelining: /* @__PURE__ */ Symbol("pipelining"),
      kSocket: /* @__PURE__ */ Symbol("socket"),
      kHostHeader: /* @__PURE__ */ Symbol("host header"),
      kConnector: /* @__PURE__ */ Symbol("connector"),
      kStrictContentLength: /* @__PURE__ */ Symbol("strict content length"),
      kMaxRedirections: /* @__PURE__ */ Symbol("maxRedirections"),
      kMaxRequests: /* @__PURE__ */ Symbol("maxRequestsPerClient"),
      kProxy: /* @__PURE__ */ Symbol("proxy agent options"),
      kCounter: /* @__PURE__ */ Symbol("socket request counter"),
      kMaxResponseSize: /* @__PURE__ */ Symbol("max response size"),
      kHTTP2Session: /* @__PURE__ */ Symbol("http2Session"),
      kHTTP2SessionState: /* @__PURE__ */ Symbol("http2Session state"),
      kRetryHandlerDefaultRetry: /* @__PURE__ */ Symbol("retry agent default retry"),
      kConstruct: /* @__PURE__ */ Symbol("constructable"),
      kListeners: /* @__PURE__ */ Symbol("listeners"),
      kHTTPContext: /* @__PURE__ */ Symbol("http context"),
      kMaxConcurrentStreams: /* @__PURE__ */ Symbol("max concurrent streams"),
      kHTTP2InitialWindowSize: /* @__PURE__ */ Symbol("http2 initial window size"),
      kHTTP2ConnectionWindowSize: /* @__PURE__ */ Symbol("http2 connection window size"),
      kEnableConnectProtocol: /* @__PURE__ */ Symbol("http2session connect protocol"),
      kRemoteSettings: /* @__PURE__ */ Symbol("http2session remote settings"),
      kHTTP2Stream: /* @__PURE__ */ Symbol("http2session client stream"),
      kPingInterval: /* @__PURE__ */ Symbol("ping interval"),
      kNoProxyAgent: /* @__PURE__ */ Symbol("no proxy agent"),
      kHttpProxyAgent: /* @__PURE__ */ Symbol("http proxy agent"),
      kHttpsProxyAgent: /* @__PURE__ */ Symbol("https proxy agent"),
      kSocks5ProxyAgent: /* @__PURE__ */ Symbol("socks5 proxy agent")
    };
  }
});

// node_modules/undici/lib/handler/wrap-handler.js
var require_wrap_handler = __commonJS({
  "node_modules/undici/lib/handler/wrap-handler.js"(exports, module) {
    "use strict";
    var { InvalidArgumentError } = require_errors();
    module.exports = class WrapHandler {
      #handler;
      constructor(handler) {
        this.#handler = handler;
      }
      static wrap(handler) {
        return handler.onRequestStart ? handler : new WrapHandler(handler);
      }
      // Unwrap Interface
      onConnect(abort, context) {
        return this.#handler.onConnect?.(abort, context);
      }
      onResponseStarted() {
        return this.#handler.onResponseStarted?.();
      }
      onHeaders(statusCode, rawHeaders, resume, statusMessage) {
        return this.#handler.onHeaders?.(statusCode, rawHeaders, resume, statusMessage);
      }
      onUpgrade(statusCode, rawHeaders, socket) {
        return this.#handler.onUpgrade?.(statusCode, rawHeaders, socket);
      }
      onData(data) {
        return this.#handler.onData?.(data);
      }
      onComplete(trailers) {
        return this.#handler.onComplete?.(trailers);
      }
      onError(err) {
        if (!this.#handler.onError) {
          throw err;
        }
        return this.#handler.onError?.(err);
      }
      // Wrap Interface
      onRequestStart(controller, context) {
        this.#handler.onConnect?.((reason) => controller.abort(reason), context);
      }
      onRequestUpgrade(controller, statusCode, headers, socket) {
        const rawHeaders = [];
        for (const [key2, val] of Object.entries(headers)) {
          rawHeaders.push(Buffer.from(key2, "latin1"), toRawHeaderValue(val));
        }
        this.#handler.onUpgrade?.(statusCode, rawHeaders, socket);
      }
      onResponseStart(controller, statusCode, headers, statusMessage) {
        const rawHeaders = [];
        for (const [key2, val] of Object.entries(headers)) {
          rawHeaders.push(Buffer.from(key2, "latin1"), toRawHeaderValue(val));
        }
        if (this.#handler.onHeaders?.(statusCode, rawHeaders, () => controller.resume(), statusMessage) === false) {
          controller.pause();
        }
      }
      onResponseData(controller, data) {
        if (this.#handler.onData?.(data) === false) {
          controller.pause();
        }
      }
      onResponseEnd(controller, trailers) {
        const rawTrailers = [];
        for (const [key2, val] of Object.entries(trailers)) {
          rawTrailers.push(Buffer.from(key2, "latin1"), toRawHeaderValue(val));
        }
        this.#handler.onComplete?.(rawTrailers);
      }
      onResponseError(controller, err) {
        if (!this.#handler.onError) {
          throw new InvalidArgumentError("invalid onError method");
        }
        this.#handler.onError?.(err);
      }
    };
    function toRawHeaderValue(value) {
      return Array.isArray(value) ? value.map((item) => Buffer.from(item, "latin1")) : Buffer.from(value, "latin1");
    }
  }
});

// node_modules/undici/lib/dispatcher/dispatcher.js
var require_dispatcher = __commonJS({
  "node_modules/undici/lib/dispatcher/dispatcher.js"(exports, module) {
    "use strict";
    var EventEmitter2 = __require("node:events");
    var WrapHandler = require_wrap_handler();
    var wrapInterceptor = (dispatch) => (opts, handler) => dispatch(opts, WrapHandler.wrap(handler));
    var Dispatcher = class extends EventEmitter2 {
      dispatch() {
        throw new Error("not implemented");
      }
      close() {
        throw new Error("not implemented");
      }
      destroy() {
        throw new Error("not implemented");
      }
      compose(...args) {
        const interceptors = Array.isArray(args[0]) ? args[0] : args;
        let dispatch = this.dispatch.bind(this);
        for (const interceptor of interceptors) {
          if (interceptor == null) {
            continue;
          }
          if (typeof interceptor !== "function") {
            throw new TypeError(`invalid interceptor, expected function received ${typeof interceptor}`);
          }
          dispatch = interceptor(dispatch);
          dispatch = wrapInterceptor(dispatch);
          if (dispatch == null || typeof dispatch !== "function" || dispatch.length !== 2) {
            throw new TypeError("invalid interceptor");
          }
        }
        return new Proxy(this, {
          get: (target, key2) => key2 === "dispatch" ? dispatch : target[key2]
        });
      }
    };
    module.exports = Dispatcher;
  }
});

// node_modules/undici/lib/util/timers.js
var require_timers = __commonJS({
  "node_modules/undici/lib/util/timers.js"(exports, module) {
    "use strict";
    var fastNow = 0;
    var RESOLUTION_MS = 1e3;
    var TICK_MS = (RESOLUTION_MS >> 1) - 1;
    var fastNowTimeout;
    var kFastTimer = /* @__PURE__ */ Symbol("kFastTimer");
    var fastTimers = [];
    var NOT_IN_LIST = -2;
    var TO_BE_CLEARED = -1;
    var PENDING = 0;
    var ACTIVE = 1;
    function onTick() {
      fastNow += TICK_MS;
      let idx = 0;
      let len = fastTimers.length;
      while (idx < len) {
        const timer = fastTimers[idx];
        if (timer._state === PENDING) {
          timer._idleStart = fastNow - TICK_MS;
          timer._state = ACTIVE;
        } else if (timer._state === ACTIVE && fastNow >= timer._idleStart + timer._idleTimeout) {
          timer._state = TO_BE_CLEARED;
          timer._idleStart = -1;
          timer._onTimeout(timer._timerArg);
        }
        if (timer._state === TO_BE_CLEARED) {
          timer._state = NOT_IN_LIST;
          if (--len !== 0) {
            fastTimers[idx] = fastTimers[len];
          }
        } else {
          ++idx;
        }
      }
      fastTimers.length = len;
      if (fastTimers.length !== 0) {
        refreshTimeout();
      }
    }
    function refreshTimeout() {
      if (fastNowTimeout?.refresh) {
        fastNowTimeout.refresh();
      } else {
        clearTimeout(fastNowTimeout);
        fastNowTimeout = setTimeout(onTick, TICK_MS);
        fastNowTimeout?.unref();
      }
    }
    var FastTimer = class {
      [kFastTimer] = true;
      /**
       * The state of the timer, which can be one of the following:
       * - NOT_IN_LIST (-2)
       * - TO_BE_CLEARED (-1)
       * - PENDING (0)
       * - ACTIVE (1)
       *
       * @type {-2|-1|0|1}
       * @private
       */
      _state = NOT_IN_LIST;
      /**
       * The number of milliseconds to wait before calling the callback.
       *
       * @type {number}
       * @private
       */
      _idleTimeout = -1;
      /**
       * The time in milliseconds when the timer was started. This value is used to
       * calculate when the timer should expire.
       *
       * @type {number}
       * @default -1
       * @private
       */
      _idleStart = -1;
      /**
       * The function to be executed when the timer expires.
       * @type {Function}
       * @private
       */
      _onTimeout;
      /**
       * The argument to be passed to the callback when the timer expires.
       *
       * @type {*}
       * @private
       */
      _timerArg;
      /**
       * @constructor
       * @param {Function} callback A function to be executed after the timer
       * expires.
       * @param {number} delay The time, in milliseconds that the timer should wait
       * before the specified function or code is executed.
       * @param {*} arg
       */
      constructor(callback, delay, arg) {
        this._onTimeout = callback;
        this._idleTimeout = delay;
        this._timerArg = arg;
        this.refresh();
      }
      /**
       * Sets the timer's start time to the current time, and reschedules the timer
       * to call its callback at the previously specified duration adjusted to the
       * current time.
       * Using this on a timer that has already called its callback will reactivate
       * the timer.
       *
       * @returns {void}
       */
      refresh() {
        if (this._state === NOT_IN_LIST) {
          fastTimers.push(this);
        }
        if (!fastNowTimeout || fastTimers.length === 1) {
          refreshTimeout();
        }
        this._state = PENDING;
      }
      /**
       * The `clear` method cancels the timer, preventing it from executing.
       *
       * @returns {void}
       * @private
       */
      clear() {
        this._state = TO_BE_CLEARED;
        this._idleStart = -1;
      }
    };
    module.exports = {
      /**
       * The setTimeout() method sets a timer which executes a function once the
       * timer expires.
       * @param {Function} callback A function to be executed after the timer
       * expires.
       * @param {number} delay The time, in milliseconds that the timer should
       * wait before the specified function or code is executed.
       * @param {*} [arg] An optional argument to be passed to the callback function
       * when the timer expires.
       * @returns {NodeJS.Timeout|FastTimer}
       */
      setTimeout(callback, delay, arg) {
        return delay <= RESOLUTION_MS ? setTimeout(callback, delay, arg) : new FastTimer(callback, delay, arg);
      },
      /**
       * The clearTimeout method cancels an instantiated Timer previously created
       * by calling setTimeout.
       *
       * @param {NodeJS.Timeout|FastTimer} timeout
       */
      clearTimeout(timeout) {
        if (timeout[kFastTimer]) {
          timeout.clear();
        } else {
          clearTimeout(timeout);
        }
      },
      /**
       * The setFastTimeout() method sets a fastTimer which executes a function once
       * the timer expires.
       * @param {Function} callback A function to be executed after the timer
       * expires.
       * @param {number} delay The time, in milliseconds that the timer should
       * wait before the specified function or code is executed.
       * @param {*} [arg] An optional argument to be passed to the callback function
       * when the timer expires.
       * @returns {FastTimer}
       */
      setFastTimeout(callback, delay, arg) {
        return new FastTimer(callback, delay, arg);
      },
      /**
       * The clearTimeout method cancels an instantiated FastTimer previously
       * created by calling setFastTimeout.
       *
       * @param {FastTimer} timeout
       */
      clearFastTimeout(timeout) {
        timeout.clear();
      },
      /**
       * The now method returns the value of the internal fast timer clock.
       *
       * @returns {number}
       */
      now() {
        return fastNow;
      },
      /**
       * Trigger the onTick function to process the fastTimers array.
       * Exported for testing purposes only.
       * Marking as deprecated to discourage any use outside of testing.
       * @deprecated
       * @param {number} [delay=0] The delay in milliseconds to add to the now value.
       */
      tick(delay = 0) {
        fastNow += delay - RESOLUTION_MS + 1;
        onTick();
        onTick();
      },
      /**
       * Reset FastTimers.
       * Exported for testing purposes only.
       * Marking as deprecated to discourage any use outside of testing.
       * @deprecated
       */
      reset() {
        fastNow = 0;
        fastTimers.length = 0;
        clearTimeout(fastNowTimeout);
        fastNowTimeout = null;
      },
      /**
       * Exporting for testing purposes only.
       * Marking as deprecated to discourage any use outside of testing.
       * @deprecated
       */
      kFastTimer
    };
  }
});

// node_modules/undici/lib/core/constants.js
var require_constants = __commonJS({
  "node_modules/undici/lib/core/constants.js"(exports, module) {
    "use strict";
    var wellknownHeaderNames = (
      /** @type {const} */
      [
        "Accept",
        "Accept-Encoding",
        "Accept-Language",
        "Accept-Ranges",
        "Access-Control-Allow-Credentials",
        "Access-Control-Allow-Headers",
        "Access-Control-Allow-Methods",
        "Access-Control-Allow-Origin",
        "Access-Control-Expose-Headers",
        "Access-Control-Max-Age",
        "Access-Control-Request-Headers",
        "Access-Control-Request-Method",
        "Age",
        "Allow",
        "Alt-Svc",
        "Alt-Used",
        "Authorization",
        "Cache-Control",
        "Clear-Site-Data",
        "Connection",
        "Content-Disposition",
        "Content-Encoding",
        "Content-Language",
        "Content-Length",
        "Content-Location",
        "Content-Range",
        "Content-Security-Policy",
        "Content-Security-Policy-Report-Only",
        "Content-Type",
        "Cookie",
        "Cross-Origin-Embedder-Policy",
        "Cross-Origin-Opener-Policy",
        "Cross-Origin-Resource-Policy",
        "Date",
        "Device-Memory",
        "Downlink",
        "ECT",
        "ETag",
        "Expect",
        "Expect-CT",
        "Expires",
        "Forwarded",
        "From",
        "Host",
        "If-Match",
        "If-Modified-Since",
        "If-None-Match",
        "If-Range",
        "If-Unmodified-Since",
        "Keep-Alive",
        "Last-Modified",
        "Link",
        "Location",
        "Max-Forwards",
        "Origin",
        "Permissions-Policy",
        "Pragma",
        "Proxy-Authenticate",
        "Proxy-Authorization",
        "RTT",
        "Range",
        "Referer",
        "Referrer-Policy",
        "Refresh",
        "Retry-After",
        "Sec-WebSocket-Accept",
        "Sec-WebSocket-Extensions",
        "Sec-WebSocket-Key",
        "Sec-WebSocket-Protocol",
        "Sec-WebSocket-Version",
        "Server",
        "Server-Timing",
        "Service-Worker-Allowed",
        "Service-Worker-Navigation-Preload",
        "Set-Cookie",
        "SourceMap",
        "Strict-Transport-Security",
        "Supports-Loading-Mode",
        "TE",
        "Timing-Allow-Origin",
        "Trailer",
        "Transfer-Encoding",
        "Upgrade",
        "Upgrade-Insecure-Requests",
        "User-Agent",
        "Vary",
        "Via",
        "WWW-Authenticate",
        "X-Content-Type-Options",
        "X-DNS-Prefetch-Control",
        "X-Frame-Options",
        "X-Permitted-Cross-Domain-Policies",
        "X-Powered-By",
        "X-Requested-With",
        "X-XSS-Protection"
      ]
    );
    var headerNameLowerCasedRecord = {};
    Object.setPrototypeOf(headerNameLowerCasedRecord, null);
    var wellknownHeaderNameBuffers = {};
    Object.setPrototypeOf(wellknownHeaderNameBuffers, null);
    function getHeaderNameAsBuffer(header) {
      let buffer = wellknownHeaderNameBuffers[header];
      if (buffer === void 0) {
        buffer = Buffer.from(header);
      }
      return buffer;
    }
    for (let i = 0; i < wellknownHeaderNames.length; ++i) {
      const key2 = wellknownHeaderNames[i];
      const lowerCasedKey = key2.toLowerCase();
      headerNameLowerCasedRecord[key2] = headerNameLowerCasedRecord[lowerCasedKey] = lowerCasedKey;
    }
    module.exports = {
      wellknownHeaderNames,
      headerNameLowerCasedRecord,
      getHeaderNameAsBuffer
    };
  }
});

// node_modules/undici/lib/core/tree.js
var require_tree = __commonJS({
  "node_modules/undici/lib/core/tree.js"(exports, module) {
    "use strict";
    var {
      wellknownHeaderNames,
      headerNameLowerCasedRecord
    } = require_constants();
    var TstNode = class _TstNode {
      /** @type {any} */
      value = null;
      /** @type {null | TstNode} */
      left = null;
      /** @type {null | TstNode} */
      middle = null;
      /** @type {null | TstNode} */
      right = null;
      /** @type {number} */
      code;
      /**
       * @param {string} key
       * @param {any} value
       * @param {number} index
       */
      constructor(key2, value, index) {
        if (index === void 0 || index >= key2.length) {
          throw new TypeError("Unreachable");
        }
        const code = this.code = key2.charCodeAt(index);
        if (code > 127) {
          throw new TypeError("key must be ascii string");
        }
        if (key2.length !== ++index) {
          this.middle = new _TstNode(key2, value, index);
        } else {
          this.value = value;
        }
      }
      /**
       * @param {string} key
       * @param {any} value
       * @returns {void}
       */
      add(key2, value) {
        const length = key2.length;
        if (length === 0) {
          throw new TypeError("Unreachable");
        }
        let index = 0;
        let node = this;
        while (true) {
          const code = key2.charCodeAt(index);
          if (code > 127) {
            throw new TypeError("key must be ascii string");
          }
          if (node.code === code) {
            if (length === ++index) {
              node.value = value;
              break;
            } else if (node.middle !== null) {
              node = node.middle;
            } else {
              node.middle = new _TstNode(key2, value, index);
              break;
            }
          } else if (node.code < code) {
            if (node.left !== null) {
              node = node.left;
            } else {
              node.left = new _TstNode(key2, value, index);
              break;
            }
          } else if (node.right !== null) {
            node = node.right;
          } else {
            node.right = new _TstNode(key2, value, index);
            break;
          }
        }
      }
      /**
       * @param {Uint8Array} key
       * @returns {TstNode | null}
       */
      search(key2) {
        const keylength = key2.length;
        let index = 0;
        let node = this;
        while (node !== null && index < keylength) {
          let code = key2[index];
          if (code <= 90 && code >= 65) {
            code |= 32;
          }
          while (node !== null) {
            if (code === node.code) {
              if (keylength === ++index) {
                return node;
              }
              node = node.middle;
              break;
            }
            node = node.code < code ? node.left : node.right;
          }
        }
        return null;
      }
    };
    var TernarySearchTree = class {
      /** @type {TstNode | null} */
      node = null;
      /**
       * @param {string} key
       * @param {any} value
       * @returns {void}
       * */
      insert(key2, value) {
        if (this.node === null) {
          this.node = new TstNode(key2, value, 0);
        } else {
          this.node.add(key2, value);
        }
      }
      /**
       * @param {Uint8Array} key
       * @returns {any}
       */
      lookup(key2) {
        return this.node?.search(key2)?.value ?? null;
      }
    };
    var tree = new TernarySearchTree();
    for (let i = 0; i < wellknownHeaderNames.length; ++i) {
      const key2 = headerNameLowerCasedRecord[wellknownHeaderNames[i]];
      tree.insert(key2, key2);
    }
    module.exports = {
      TernarySearchTree,
      tree
    };
  }
});

// node_modules/undici/lib/core/util.js
var require_util = __commonJS({
  "node_modules/undici/lib/core/util.js"(exports, module) {
    "use strict";
    var assert = __require("node:assert");
    var { kDestroyed, kBodyUsed, kListeners, kBody } = require_symbols();
    var { IncomingMessage } = __require("node:http");
    var stream = __require("node:stream");
    var net = __require("node:net");
    var { stringify } = __require("node:querystring");
    var { EventEmitter: EE } = __require("node:events");
    var timers = require_timers();
    var { InvalidArgumentError, ConnectTimeoutError } = require_errors();
    var { headerNameLowerCasedRecord } = require_constants();
    var { tree } = require_tree();
    var [nodeMajor, nodeMinor] = process.versions.node.split(".", 2).map((v) => Number(v));
    var BodyAsyncIterable = class {
      constructor(body) {
        this[kBody] = body;
        this[kBodyUsed] = false;
      }
      async *[Symbol.asyncIterator]() {
        assert(!this[kBodyUsed], "disturbed");
        this[kBodyUsed] = true;
        yield* this[kBody];
      }
    };
    function noop() {
    }
    function wrapRequestBody(body) {
      if (isStream(body)) {
        if (bodyLength(body) === 0) {
          body.on("data", function() {
            assert(false);
          });
        }
        if (typeof body.readableDidRead !== "boolean") {
          body[kBodyUsed] = false;
          EE.prototype.on.call(body, "data", function() {
            this[kBodyUsed] = true;
          });
        }
        return body;
      } else if (body && typeof body.pipeTo === "function") {
        return new BodyAsyncIterable(body);
      } else if (body && isFormDataLike(body)) {
        return body;
      } else if (body && typeof body !== "string" && !ArrayBuffer.isView(body) && isIterable2(body)) {
        return new BodyAsyncIterable(body);
      } else {
        return body;
      }
    }
    function isStream(obj) {
      return obj && typeof obj === "object" && typeof obj.pipe === "function" && typeof obj.on === "function";
    }
    function isBlobLike(object) {
      if (object === null) {
        return false;
      } else if (object instanceof Blob) {
        return true;
      } else if (typeof object !== "object") {
        return false;
      } else {
        const sTag = object[Symbol.toStringTag];
        return (sTag === "Blob" || sTag === "File") && ("stream" in object && typeof object.stream === "function" || "arrayBuffer" in object && typeof object.arrayBuffer === "function");
      }
    }
    function pathHasQueryOrFragment(url) {
      return url.includes("?") || url.includes("#");
    }
    function serializePathWithQuery(url, queryParams) {
      if (pathHasQueryOrFragment(url)) {
        throw new Error('Query params cannot be passed when url already contains "?" or "#".');
      }
      const stringified = stringify(queryParams);
      if (stringified) {
        url += "?" + stringified;
      }
      return url;
    }
    function isValidPort(port) {
      const value = parseInt(port, 10);
      return value === Number(port) && value >= 0 && value <= 65535;
    }
    function isHttpOrHttpsPrefixed(value) {
      return value != null && value[0] === "h" && value[1] === "t" && value[2] === "t" && value[3] === "p" && (value[4] === ":" || value[4] === "s" && value[5] === ":");
    }
    function parseURL(url) {
      if (typeof url === "string") {
        url = new URL(url);
        if (!isHttpOrHttpsPrefixed(url.origin || url.protocol)) {
          throw new InvalidArgumentError("Invalid URL protocol: the URL must start with `http:` or `https:`.");
        }
        return url;
      }
      if (!url || typeof url !== "object") {
        throw new InvalidArgumentError("Invalid URL: The URL argument must be a non-null object.");
      }
      if (!(url instanceof URL)) {
        if (url.port != null && url.port !== "" && isValidPort(url.port) === false) {
          throw new InvalidArgumentError("Invalid URL: port must be a valid integer or a string representation of an integer.");
        }
        if (url.path != null && typeof url.path !== "string") {
          throw new InvalidArgumentError("Invalid URL path: the path must be a string or null/undefined.");
        }
        if (url.pathname != null && typeof url.pathname !== "string") {
          throw new InvalidArgumentError("Invalid URL pathname: the pathname must be a string or null/undefined.");
        }
        if (url.hostname != null && typeof url.hostname !== "string") {
          throw new InvalidArgumentError("Invalid URL hostname: the hostname must be a string or null/undefined.");
        }
        if (url.origin != null && typeof url.origin !== "string") {
          throw new InvalidArgumentError("Invalid URL origin: the origin must be a string or null/undefined.");
        }
        if (!isHttpOrHttpsPrefixed(url.origin || url.protocol)) {
          throw new InvalidArgumentError("Invalid URL protocol: the URL must start with `http:` or `https:`.");
        }
        const port = url.port != null ? url.port : url.protocol === "https:" ? 443 : 80;
        let origin = url.origin != null ? url.origin : `${url.protocol || ""}//${url.hostname || ""}:${port}`;
        let path = url.path != null ? url.path : `${url.pathname || ""}${url.search || ""}`;
        if (origin[origin.length - 1] === "/") {
          origin = origin.slice(0, origin.length - 1);
        }
        if (path && path[0] !== "/") {
          path = `/${path}`;
        }
        return new URL(`${origin}${path}`);
      }
      if (!isHttpOrHttpsPrefixed(url.origin || url.protocol)) {
        throw new InvalidArgumentError("Invalid URL protocol: the URL must start with `http:` or `https:`.");
      }
      return url;
    }
    function parseOrigin(url) {
      url = parseURL(url);
      if (url.pathname !== "/" || url.search || url.hash) {
        throw new InvalidArgumentError("invalid url");
      }
      return url;
    }
    function getHostname(host) {
      if (host[0] === "[") {
        const idx2 = host.indexOf("]");
        assert(idx2 !== -1);
        return host.substring(1, idx2);
      }
      const idx = host.indexOf(":");
      if (idx === -1) return host;
      return host.substring(0, idx);
    }
    function getServerName(host) {
      if (!host) {
        return null;
      }
      assert(typeof host === "string");
      const servername = getHostname(host);
      if (net.isIP(servername)) {
        return "";
      }
      return servername;
    }
    function deepClone(obj) {
      return JSON.parse(JSON.stringify(obj));
    }
    function isAsyncIterable2(obj) {
      return !!(obj != null && typeof obj[Symbol.asyncIterator] === "function");
    }
    function isIterable2(obj) {
      return !!(obj != null && (typeof obj[Symbol.iterator] === "function" || typeof obj[Symbol.asyncIterator] === "function"));
    }
    function hasSafeIterator(obj) {
      const prototype = Object.getPrototypeOf(obj);
      const ownIterator = Object.prototype.hasOwnProperty.call(obj, Symbol.iterator);
      return ownIterator || prototype != null && prototype !== Object.prototype && typeof obj[Symbol.iterator] === "function";
    }
    function bodyLength(body) {
      if (body == null) {
        return 0;
      } else if (isStream(body)) {
        const state = body._readableState;
        return state && state.objectMode === false && state.ended === true && Number.isFinite(state.length) ? state.length : null;
      } else if (isBlobLike(body)) {
        return body.size != null ? body.size : null;
      } else if (isBuffer2(body)) {
        return body.byteLength;
      }
      return null;
    }
    function isDestroyed(body) {
      return body && !!(body.destroyed || body[kDestroyed] || stream.isDestroyed?.(body));
    }
    function destroy(stream2, err) {
      if (stream2 == null || !isStream(stream2) || isDestroyed(stream2)) {
        return;
      }
      if (typeof stream2.destroy === "function") {
        if (Object.getPrototypeOf(stream2).constructor === IncomingMessage) {
          stream2.socket = null;
        }
        stream2.destroy(err);
      } else if (err) {
        queueMicrotask(() => {
          stream2.emit("error", err);
        });
      }
      if (stream2.destroyed !== true) {
        stream2[kDestroyed] = true;
      }
    }
    var KEEPALIVE_TIMEOUT_EXPR = /timeout=(\d+)/;
    function parseKeepAliveTimeout(val) {
      const m = val.match(KEEPALIVE_TIMEOUT_EXPR);
      return m ? parseInt(m[1], 10) * 1e3 : null;
    }
    function headerNameToString(value) {
      return typeof value === "string" ? headerNameLowerCasedRecord[value] ?? value.toLowerCase() : tree.lookup(value) ?? value.toString("latin1").toLowerCase();
    }
    function bufferToLowerCasedHeaderName(value) {
      return tree.lookup(value) ?? value.toString("latin1").toLowerCase();
    }
    function parseHeaders(headers, obj) {
      if (obj === void 0) obj = {};
      for (let i = 0; i < headers.length; i += 2) {
        const key2 = headerNameToString(headers[i]);
        let val = obj[key2];
        if (val !== void 0) {
          if (!Object.hasOwn(obj, key2)) {
            const headersValue = typeof headers[i + 1] === "string" ? headers[i + 1] : Array.isArray(headers[i + 1]) ? headers[i + 1].map((x) => x.toString("latin1")) : headers[i + 1].toString("latin1");
            if (key2 === "__proto__") {
              Object.defineProperty(obj, key2, {
                value: headersValue,
                enumerable: true,
                configurable: true,
                writable: true
              });
            } else {
              obj[key2] = headersValue;
            }
          } else {
            if (typeof val === "string") {
              val = [val];
              obj[key2] = val;
            }
            val.push(headers[i + 1].toString("latin1"));
          }
        } else {
          const headersValue = typeof headers[i + 1] === "string" ? headers[i + 1] : Array.isArray(headers[i + 1]) ? headers[i + 1].map((x) => x.toString("latin1")) : headers[i + 1].toString("latin1");
          obj[key2] = headersValue;
        }
      }
      return obj;
    }
    function parseRawHeaders(headers) {
      const headersLength = headers.length;
      const ret = new Array(headersLength);
      let key2;
      let val;
      for (let n = 0; n < headersLength; n += 2) {
        key2 = headers[n];
        val = headers[n + 1];
        typeof key2 !== "string" && (key2 = key2.toString());
        typeof val !== "string" && (val = val.toString("latin1"));
        ret[n] = key2;
        ret[n + 1] = val;
      }
      return ret;
    }
    function toRawHeaders(headers) {
      const rawHeaders = [];
      for (const [name, value] of Object.entries(headers)) {
        if (Array.isArray(value)) {
          for (const entry of value) {
            rawHeaders.push(Buffer.from(name, "latin1"), Buffer.from(`${entry}`, "latin1"));
          }
        } else {
          rawHeaders.push(Buffer.from(name, "latin1"), Buffer.from(`${value}`, "latin1"));
        }
      }
      return rawHeaders;
    }
    function encodeRawHeaders(headers) {
      if (!Array.isArray(headers)) {
        throw new TypeError("expected headers to be an array");
      }
      return headers.map((x) => Buffer.from(x));
    }
    function isBuffer2(buffer) {
      return buffer instanceof Uint8Array || Buffer.isBuffer(buffer);
    }
    function assertRequestHandler(handler, method, upgrade) {
      if (!handler || typeof handler !== "object") {
        throw new InvalidArgumentError("handler must be an object");
      }
      if (typeof handler.onRequestStart === "function") {
        return;
      }
      if (typeof handler.onConnect !== "function") {
        throw new InvalidArgumentError("invalid onConnect method");
      }
      if (typeof handler.onError !== "function") {
        throw new InvalidArgumentError("invalid onError method");
      }
      if (typeof handler.onBodySent !== "function" && handler.onBodySent !== void 0) {
        throw new InvalidArgumentError("invalid onBodySent method");
      }
      if (upgrade || method === "CONNECT") {
        if (typeof handler.onUpgrade !== "function") {
          throw new InvalidArgumentError("invalid onUpgrade method");
        }
      } else {
        if (typeof handler.onHeaders !== "function") {
          throw new InvalidArgumentError("invalid onHeaders method");
        }
        if (typeof handler.onData !== "function") {
          throw new InvalidArgumentError("invalid onData method");
        }
        if (typeof handler.onComplete !== "function") {
          throw new InvalidArgumentError("invalid onComplete method");
        }
      }
    }
    function isDisturbed(body) {
      return !!(body && (stream.isDisturbed(body) || body[kBodyUsed]));
    }
    function getSocketInfo(socket) {
      return {
        localAddress: socket.localAddress,
        localPort: socket.localPort,
        remoteAddress: socket.remoteAddress,
        remotePort: socket.remotePort,
        remoteFamily: socket.remoteFamily,
        timeout: socket.timeout,
        bytesWritten: socket.bytesWritten,
        bytesRead: socket.bytesRead
      };
    }
    function ReadableStreamFrom(iterable) {
      let iterator;
      return new ReadableStream(
        {
          start() {
            iterator = iterable[Symbol.asyncIterator]();
          },
          pull(controller) {
            return iterator.next().then(({ done, value }) => {
              if (done) {
                return queueMicrotask(() => {
                  controller.close();
                  controller.byobRequest?.respond(0);
                });
              } else {
                const buf = Buffer.isBuffer(value) ? value : Buffer.from(value);
                if (buf.byteLength) {
                  return controller.enqueue(new Uint8Array(buf));
                } else {
                  return this.pull(controller);
                }
              }
            });
          },
          cancel() {
            return iterator.return();
          },
          type: "bytes"
        }
      );
    }
    function isFormDataLike(object) {
      return object && typeof object === "object" && typeof object.append === "function" && typeof object.delete === "function" && typeof object.get === "function" && typeof object.getAll === "function" && typeof object.has === "function" && typeof object.set === "function" && object[Symbol.toStringTag] === "FormData";
    }
    function addAbortListener(signal, listener) {
      if ("addEventListener" in signal) {
        signal.addEventListener("abort", listener, { once: true });
        return () => signal.removeEventListener("abort", listener);
      }
      signal.once("abort", listener);
      return () => signal.removeListener("abort", listener);
    }
    var validTokenChars = new Uint8Array([
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      // 0-15
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      // 16-31
      0,
      1,
      0,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      1,
      1,
      0,
      1,
      1,
      0,
      // 32-47 (!"#$%&'()*+,-./)
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      // 48-63 (0-9:;<=>?)
      0,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      // 64-79 (@A-O)
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      0,
      1,
      1,
      // 80-95 (P-Z[\]^_)
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      // 96-111 (`a-o)
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      1,
      0,
      1,
      0,
      // 112-127 (p-z{|}~)
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      // 128-143
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      // 144-159
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      // 160-175
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      // 176-191
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      // 192-207
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      // 208-223
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      // 224-239
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0
      // 240-255
    ]);
    function isTokenCharCode(c) {
      return validTokenChars[c] === 1;
    }
    var tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
    function isValidHTTPToken(characters) {
      if (characters.length >= 12) return tokenRegExp.test(characters);
      if (characters.length === 0) return false;
      for (let i = 0; i < characters.length; i++) {
        if (validTokenChars[characters.charCodeAt(i)] !== 1) {
          return false;
        }
      }
      return true;
    }
    var headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
    function isValidHeaderValue(characters) {
      return !headerCharRegex.test(characters);
    }
    var rangeHeaderRegex = /^bytes (\d+)-(\d+)\/(\d+)?$/;
    function parseRangeHeader(range) {
      if (range == null || range === "") return { start: 0, end: null, size: null };
      const m = range ? range.match(rangeHeaderRegex) : null;
      return m ? {
        start: parseInt(m[1]),
        end: m[2] ? parseInt(m[2]) : null,
        size: m[3] ? parseInt(m[3]) : null
      } : null;
    }
    function addListener(obj, name, listener) {
      const listeners = obj[kListeners] ??= [];
      listeners.push([name, listener]);
      obj.on(name, listener);
      return obj;
    }
    function removeAllListeners(obj) {
      if (obj[kListeners] != null) {
        for (const [name, listener] of obj[kListeners]) {
          obj.removeListener(name, listener);
        }
        obj[kListeners] = null;
      }
      return obj;
    }
    function errorRequest(client, request, err) {
      try {
        request.onError(err);
        assert(request.aborted);
      } catch (err2) {
        client.emit("error", err2);
      }
    }
    var setupConnectTimeout = process.platform === "win32" ? (socketWeakRef, opts) => {
      if (!opts.timeout) {
        return noop;
      }
      let s1 = null;
      let s2 = null;
      const fastTimer = timers.setFastTimeout(() => {
        s1 = setImmediate(() => {
          s2 = setImmediate(() => onConnectTimeout(socketWeakRef.deref(), opts));
        });
      }, opts.timeout);
      return () => {
        timers.clearFastTimeout(fastTimer);
        clearImmediate(s1);
        clearImmediate(s2);
      };
    } : (socketWeakRef, opts) => {
      if (!opts.timeout) {
        return noop;
      }
      let s1 = null;
      const fastTimer = timers.setFastTimeout(() => {
        s1 = setImmediate(() => {
          onConnectTimeout(socketWeakRef.deref(), opts);
        });
      }, opts.timeout);
      return () => {
        timers.clearFastTimeout(fastTimer);
        clearImmediate(s1);
      };
    };
    function onConnectTimeout(socket, opts) {
      if (socket == null) {
        return;
      }
      let message2 = "Connect Timeout Error";
      if (Array.isArray(socket.autoSelectFamilyAttemptedAddresses)) {
        message2 += ` (attempted addresses: ${socket.autoSelectFamilyAttemptedAddresses.join(", ")},`;
      } else {
        message2 += ` (attempted address: ${opts.hostname}:${opts.port},`;
      }
      message2 += ` timeout: ${opts.timeout}ms)`;
      destroy(socket, new ConnectTimeoutError(message2));
    }
    function getProtocolFromUrlString(urlString) {
      if (urlString[0] === "h" && urlString[1] === "t" && urlString[2] === "t" && urlString[3] === "p") {
        switch (urlString[4]) {
          case ":":
            return "http:";
          case "s":
            if (urlString[5] === ":") {
              return "https:";
            }
        }
      }
      return urlString.slice(0, urlString.indexOf(":") + 1);
    }
    var kEnumerableProperty = /* @__PURE__ */ Object.create(null);
    kEnumerableProperty.enumerable = true;
    var normalizedMethodRecordsBase = {
      delete: "DELETE",
      DELETE: "DELETE",
      get: "GET",
      GET: "GET",
      head: "HEAD",
      HEAD: "HEAD",
      options: "OPTIONS",
      OPTIONS: "OPTIONS",
      post: "POST",
      POST: "POST",
      put: "PUT",
      PUT: "PUT"
    };
    var normalizedMethodRecords = {
      ...normalizedMethodRecordsBase,
      patch: "patch",
      PATCH: "PATCH"
    };
    Object.setPrototypeOf(normalizedMethodRecordsBase, null);
    Object.setPrototypeOf(normalizedMethodRecords, null);
    module.exports = {
      kEnumerableProperty,
      isDisturbed,
      isBlobLike,
      parseOrigin,
      parseURL,
      getServerName,
      isStream,
      isIterable: isIterable2,
      hasSafeIterator,
      isAsyncIterable: isAsyncIterable2,
      isDestroyed,
      headerNameToString,
      bufferToLowerCasedHeaderName,
      addListener,
      removeAllListeners,
      errorRequest,
      parseRawHeaders,
      toRawHeaders,
      encodeRawHeaders,
      parseHeaders,
      parseKeepAliveTimeout,
      destroy,
      bodyLength,
      deepClone,
      ReadableStreamFrom,
      isBuffer: isBuffer2,
      assertRequestHandler,
      getSocketInfo,
      isFormDataLike,
      pathHasQueryOrFragment,
      serializePathWithQuery,
      addAbortListener,
      isValidHTTPToken,
      isValidHeaderValue,
      isTokenCharCode,
      parseRangeHeader,
      normalizedMethodRecordsBase,
      normalizedMethodRecords,
      isValidPort,
      isHttpOrHttpsPrefixed,
      nodeMajor,
      nodeMinor,
      safeHTTPMethods: Object.freeze(["GET", "HEAD", "OPTIONS", "TRACE"]),
      wrapRequestBody,
      setupConnectTimeout,
      getProtocolFromUrlString
    };
  }
});

// node_modules/undici/lib/handler/unwrap-handler.js
var require_unwrap_handler = __commonJS({
  "node_modules/undici/lib/handler/unwrap-handler.js"(exports, module) {
    "use strict";
    var { parseHeaders } = require_util();
    var { InvalidArgumentError } = require_errors();
    var kResume = /* @__PURE__ */ Symbol("resume");
    var UnwrapController = class {
      #paused = false;
      #reason = null;
      #aborted = false;
      #abort;
      [kResume] = null;
      rawHeaders = null;
      rawTrailers = null;
      constructor(abort) {
        this.#abort = abort;
      }
      pause() {
        this.#paused = true;
      }
      resume() {
        if (this.#paused) {
          this.#paused = false;
          this[kResume]?.();
        }
      }
      abort(reason) {
        if (!this.#aborted) {
          this.#aborted = true;
          this.#reason = reason;
          this.#abort(reason);
        }
      }
      get aborted() {
        return this.#aborted;
      }
      get reason() {
        return this.#reason;
      }
      get paused() {
        return this.#paused;
      }
    };
    module.exports = class UnwrapHandler {
      #handler;
      #controller;
      constructor(handler) {
        this.#handler = handler;
      }
      static unwrap(handler) {
        return !handler.onRequestStart ? handler : new UnwrapHandler(handler);
      }
      onConnect(abort, context) {
        this.#controller = new UnwrapController(abort);
        this.#handler.onRequestStart?.(this.#controller, context);
      }
      onResponseStarted() {
        return this.#handler.onResponseStarted?.();
      }
      onUpgrade(statusCode, rawHeaders, socket) {
        this.#controller.rawHeaders = rawHeaders;
        this.#handler.onRequestUpgrade?.(this.#controller, statusCode, parseHeaders(rawHeaders), socket);
      }
      onHeaders(statusCode, rawHeaders, resume, statusMessage) {
        this.#controller[kResume] = resume;
        this.#controller.rawHeaders = rawHeaders;
        this.#handler.onResponseStart?.(this.#controller, statusCode, parseHeaders(rawHeaders), statusMessage);
        return !this.#controller.paused;
      }
      onData(data) {
        this.#handler.onResponseData?.(this.#controller, data);
        return !this.#controller.paused;
      }
      onComplete(rawTrailers) {
        this.#controller.rawTrailers = rawTrailers;
        this.#handler.onResponseEnd?.(this.#controller, parseHeaders(rawTrailers));
      }
      onError(err) {
        if (!this.#handler.onResponseError) {
          throw new InvalidArgumentError("invalid onError method");
        }
        this.#handler.onResponseError?.(this.#controller, err);
      }
    };
  }
});

// node_modules/undici/lib/dispatcher/dispatcher-base.js
var require_dispatcher_base = __commonJS({
  "node_modules/undici/lib/dispatcher/dispatcher-base.js"(exports, module) {
    "use strict";
    var buffer = __require("node:buffer");
    var Dispatcher = require_dispatcher();
    var UnwrapHandler = require_unwrap_handler();
    var {
      ClientDestroyedError,
      ClientClosedError,
      InvalidArgumentError
    } = require_errors();
    var { kDestroy, kClose, kClosed, kDestroyed, kDispatch } = require_symbols();
    var kOnDestroyed = /* @__PURE__ */ Symbol("onDestroyed");
    var kOnClosed = /* @__PURE__ */ Symbol("onClosed");
    var kWebSocketOptions = /* @__PURE__ */ Symbol("webSocketOptions");
    var kEventSourceOptions = /* @__PURE__ */ Symbol("eventSourceOptions");
    var DispatcherBase = class extends Dispatcher {
      /** @type {boolean} */
      [kDestroyed] = false;
      /** @type {Array<Function|null} */
      [kOnDestroyed] = null;
      /** @type {boolean} */
      [kClosed] = false;
      /** @type {Array<Function>|null} */
      [kOnClosed] = null;
      /**
       * @param {import('../../types/dispatcher').DispatcherOptions} [opts]
       */
      constructor(opts) {
        super();
        this[kWebSocketOptions] = opts?.webSocket ?? {};
        this[kEventSourceOptions] = opts?.eventSource ?? {};
      }
      /**
       * @returns {import('../../types/dispatcher').WebSocketOptions}
       */
      get webSocketOptions() {
        return {
          maxFragments: this[kWebSocketOptions].maxFragments ?? 131072,
          maxPayloadSize: this[kWebSocketOptions].maxPayloadSize ?? 128 * 1024 * 1024
          // 128 MB default
        };
      }
      /**
       * @returns {import('../../types/client').Client.EventSourceOptions}
       */
      get eventSourceOptions() {
        return {
          maxEventSize: this[kEventSourceOptions].maxEventSize ?? buffer.kStringMaxLength
        };
      }
      /** @returns {boolean} */
      get destroyed() {
        return this[kDestroyed];
      }
      /** @returns {boolean} */
      get closed() {
        return this[kClosed];
      }
      close(callback) {
        if (callback === void 0) {
          return new Promise((resolve3, reject) => {
            this.close((err, data) => {
              return err ? reject(err) : resolve3(data);
            });
          });
        }
        if (typeof callback !== "function") {
          throw new InvalidArgumentError("invalid callback");
        }
        if (this[kDestroyed]) {
          const err = new ClientDestroyedError();
          queueMicrotask(() => callback(err, null));
          return;
        }
        if (this[kClosed]) {
          if (this[kOnClosed]) {
            this[kOnClosed].push(callback);
          } else {
            queueMicrotask(() => callback(null, null));
          }
          return;
        }
        this[kClosed] = true;
        this[kOnClosed] ??= [];
        this[kOnClosed].push(callback);
        const onClosed = () => {
          const callbacks = this[kOnClosed];
          this[kOnClosed] = null;
          for (let i = 0; i < callbacks.length; i++) {
            callbacks[i](null, null);
          }
        };
        this[kClose]().then(() => this.destroy()).then(() => queueMicrotask(onClosed));
      }
      destroy(err, callback) {
        if (typeof err === "function") {
          callback = err;
          err = null;
        }
        if (callback === void 0) {
          return new Promise((resolve3, reject) => {
            this.destroy(err, (err2, data) => {
              return err2 ? reject(err2) : resolve3(data);
            });
          });
        }
        if (typeof callback !== "function") {
          throw new InvalidArgumentError("invalid callback");
        }
        if (this[kDestroyed]) {
          if (this[kOnDestroyed]) {
            this[kOnDestroyed].push(callback);
          } else {
            queueMicrotask(() => callback(null, null));
          }
          return;
        }
        if (!err) {
          err = new ClientDestroyedError();
        }
        this[kDestroyed] = true;
        this[kOnDestroyed] ??= [];
        this[kOnDestroyed].push(callback);
        const onDestroyed = () => {
          const callbacks = this[kOnDestroyed];
          this[kOnDestroyed] = null;
          for (let i = 0; i < callbacks.length; i++) {
            callbacks[i](null, null);
          }
        };
        this[kDestroy](err).then(() => queueMicrotask(onDestroyed));
      }
      dispatch(opts, handler) {
        if (!handler || typeof handler !== "object") {
          throw new InvalidArgumentError("handler must be an object");
        }
        handler = UnwrapHandler.unwrap(handler);
        try {
          if (!opts || typeof opts !== "object") {
            throw new InvalidArgumentError("opts must be an object.");
          }
          if (this[kDestroyed] || this[kOnDestroyed]) {
            throw new ClientDestroyedError();
          }
          if (this[kClosed]) {
            throw new ClientClosedError();
          }
          return this[kDispatch](opts, handler);
        } catch (err) {
          if (typeof handler.onError !== "function") {
            throw err;
          }
          handler.onError(err);
          return false;
        }
      }
    };
    module.exports = DispatcherBase;
  }
});

// node_modules/undici/lib/util/stats.js
var require_stats = __commonJS({
  "node_modules/undici/lib/util/stats.js"(exports, module) {
    "use strict";
    var {
      kConnected,
      kPending,
      kRunning,
      kSize,
      kFree,
      kQueued
    } = require_symbols();
    var ClientStats = class {
      constructor(client) {
        this.connected = client[kConnected];
        this.pending = client[kPending];
        this.running = client[kRunning];
        this.size = client[kSize];
      }
    };
    var PoolStats = class {
      constructor(pool) {
        this.connected = pool[kConnected];
        this.free = pool[kFree];
        this.pending = pool[kPending];
        this.queued = pool[kQueued];
        this.running = pool[kRunning];
        this.size = pool[kSize];
      }
    };
    module.exports = { ClientStats, PoolStats };
  }
});

// node_modules/undici/lib/dispatcher/fixed-queue.js
var require_fixed_queue = __commonJS({
  "node_modules/undici/lib/dispatcher/fixed-queue.js"(exports, module) {
    "use strict";
    var kSize = 2048;
    var kMask = kSize - 1;
    var FixedCircularBuffer = class {
      /** @type {number} */
      bottom = 0;
      /** @type {number} */
      top = 0;
      /** @type {Array<T|undefined>} */
      list = new Array(kSize).fill(void 0);
      /** @type {T|null} */
      next = null;
      /** @returns {boolean} */
      isEmpty() {
        return this.top === this.bottom;
      }
      /** @returns {boolean} */
      isFull() {
        return (this.top + 1 & kMask) === this.bottom;
      }
      /**
       * @param {T} data
       * @returns {void}
       */
      push(data) {
        this.list[this.top] = data;
        this.top = this.top + 1 & kMask;
      }
      /** @returns {T|null} */
      shift() {
        const nextItem = this.list[this.bottom];
        if (nextItem === void 0) {
          return null;
        }
        this.list[this.bottom] = void 0;
        this.bottom = this.bottom + 1 & kMask;
        return nextItem;
      }
    };
    module.exports = class FixedQueue {
      constructor() {
        this.head = this.tail = new FixedCircularBuffer();
      }
      /** @returns {boolean} */
      isEmpty() {
        return this.head.isEmpty();
      }
      /** @param {T} data */
      push(data) {
        if (this.head.isFull()) {
          this.head = this.head.next = new FixedCircularBuffer();
        }
        this.head.push(data);
      }
      /** @returns {T|null} */
      shift() {
        const tail = this.tail;
        const next = tail.shift();
        if (tail.isEmpty() && tail.next !== null) {
          this.tail = tail.next;
          tail.next = null;
        }
        return next;
      }
    };
  }
});

// node_modules/undici/lib/dispatcher/pool-base.js
var require_pool_base = __commonJS({
  "node_modules/undici/lib/dispatcher/pool-base.js"(exports, module) {
    "use strict";
    var { PoolStats } = require_stats();
    var DispatcherBase = require_dispatcher_base();
    var FixedQueue = require_fixed_queue();
    var { kConnected, kSize, kRunning, kPending, kQueued, kBusy, kFree, kUrl, kClose, kDestroy, kDispatch } = require_symbols();
    var kClients = /* @__PURE__ */ Symbol("clients");
    var kNeedDrain = /* @__PURE__ */ Symbol("needDrain");
    var kQueue = /* @__PURE__ */ Symbol("queue");
    var kClosedResolve = /* @__PURE__ */ Symbol("closed resolve");
    var kOnDrain = /* @__PURE__ */ Symbol("onDrain");
    var kOnConnect = /* @__PURE__ */ Symbol("onConnect");
    var kOnDisconnect = /* @__PURE__ */ Symbol("onDisconnect");
    var kOnConnectionError = /* @__PURE__ */ Symbol("onConnectionError");
    var kGetDispatcher = /* @__PURE__ */ Symbol("get dispatcher");
    var kAddClient = /* @__PURE__ */ Symbol("add client");
    var kRemoveClient = /* @__PURE__ */ Symbol("remove client");
    var PoolBase = class extends DispatcherBase {
      [kQueue] = new FixedQueue();
      [kQueued] = 0;
      [kClients] = [];
      [kNeedDrain] = false;
      [kOnDrain](client, origin, targets) {
        const queue = this[kQueue];
        let needDrain = false;
        while (!needDrain) {
          const item = queue.shift();
          if (!item) {
            break;
          }
          this[kQueued]--;
          needDrain = !client.dispatch(item.opts, item.handler);
        }
        client[kNeedDrain] = needDrain;
        if (!needDrain && this[kNeedDrain]) {
          this[kNeedDrain] = false;
          this.emit("drain", origin, [this, ...targets]);
        }
        if (this[kClosedResolve] && queue.isEmpty()) {
          const closeAll = [];
          for (let i = 0; i < this[kClients].length; i++) {
            const client2 = this[kClients][i];
            if (!client2.destroyed) {
              closeAll.push(client2.close());
            }
          }
          return Promise.all(closeAll).then(this[kClosedResolve]);
        }
      }
      [kOnConnect] = (origin, targets) => {
        this.emit("connect", origin, [this, ...targets]);
      };
      [kOnDisconnect] = (origin, targets, err) => {
        this.emit("disconnect", origin, [this, ...targets], err);
      };
      [kOnConnectionError] = (origin, targets, err) => {
        this.emit("connectionError", origin, [this, ...targets], err);
      };
      get [kBusy]() {
        return this[kNeedDrain];
      }
      get [kConnected]() {
        let ret = 0;
        for (const { [kConnected]: connected } of this[kClients]) {
          ret += connected;
        }
        return ret;
      }
      get [kFree]() {
        let ret = 0;
        for (const { [kConnected]: connected, [kNeedDrain]: needDrain } of this[kClients]) {
          ret += connected && !needDrain;
        }
        return ret;
      }
      get [kPending]() {
        let ret = this[kQueued];
        for (const { [kPending]: pending } of this[kClients]) {
          ret += pending;
        }
        return ret;
      }
      get [kRunning]() {
        let ret = 0;
        for (const { [kRunning]: running } of this[kClients]) {
          ret += running;
        }
        return ret;
      }
      get [kSize]() {
        let ret = this[kQueued];
        for (const { [kSize]: size } of this[kClients]) {
          ret += size;
        }
        return ret;
      }
      get stats() {
        return new PoolStats(this);
      }
      [kClose]() {
        if (this[kQueue].isEmpty()) {
          const closeAll = [];
          for (let i = 0; i < this[kClients].length; i++) {
            const client = this[kClients][i];
            if (!client.destroyed) {
              closeAll.push(client.close());
            }
          }
          return Promise.all(closeAll);
        } else {
          return new Promise((resolve3) => {
            this[kClosedResolve] = resolve3;
          });
        }
      }
      [kDestroy](err) {
        while (true) {
          const item = this[kQueue].shift();
          if (!item) {
            break;
          }
          item.handler.onError(err);
        }
        const destroyAll = new Array(this[kClients].length);
        for (let i = 0; i < this[kClients].length; i++) {
          destroyAll[i] = this[kClients][i].destroy(err);
        }
        return Promise.all(destroyAll);
      }
      [kDispatch](opts, handler) {
        const dispatcher = this[kGetDispatcher]();
        if (!dispatcher) {
          this[kNeedDrain] = true;
          this[kQueue].push({ opts, handler });
          this[kQueued]++;
        } else if (!dispatcher.dispatch(opts, handler)) {
          dispatcher[kNeedDrain] = true;
          this[kNeedDrain] = !this[kGetDispatcher]();
        }
        return !this[kNeedDrain];
      }
      [kAddClient](client) {
        client.on("drain", this[kOnDrain].bind(this, client)).on("connect", this[kOnConnect]).on("disconnect", this[kOnDisconnect]).on("connectionError", this[kOnConnectionError]);
        this[kClients].push(client);
        if (this[kNeedDrain]) {
          queueMicrotask(() => {
            if (this[kNeedDrain]) {
              this[kOnDrain](client, client[kUrl], [client, this]);
            }
          });
        }
        return this;
      }
      [kRemoveClient](client) {
        client.close(() => {
          const idx = this[kClients].indexOf(client);
          if (idx !== -1) {
            this[kClients].splice(idx, 1);
          }
        });
        this[kNeedDrain] = this[kClients].some((dispatcher) => !dispatcher[kNeedDrain] && dispatcher.closed !== true && dispatcher.destroyed !== true);
      }
    };
    module.exports = {
      PoolBase,
      kClients,
      kNeedDrain,
      kAddClient,
      kRemoveClient,
      kGetDispatcher
    };
  }
});

// node_modules/undici/lib/core/diagnostics.js
var require_diagnostics = __commonJS({
  "node_modules/undici/lib/core/diagnostics.js"(exports, module) {
    "use strict";
    var diagnosticsChannel = __require("node:diagnostics_channel");
    var util = __require("node:util");
    var undiciDebugLog = util.debuglog("undici");
    var fetchDebuglog = util.debuglog("fetch");
    var websocketDebuglog = util.debuglog("websocket");
    var channels = {
      // Client
      beforeConnect: diagnosticsChannel.channel("undici:client:beforeConnect"),
      connected: diagnosticsChannel.channel("undici:client:connected"),
      connectError: diagnosticsChannel.channel("undici:client:connectError"),
      sendHeaders: diagnosticsChannel.channel("undici:client:sendHeaders"),
      // Request
      create: diagnosticsChannel.channel("undici:request:create"),
      bodySent: diagnosticsChannel.channel("undici:request:bodySent"),
      bodyChunkSent: diagnosticsChannel.channel("undici:request:bodyChunkSent"),
      bodyChunkReceived: diagnosticsChannel.channel("undici:request:bodyChunkReceived"),
      headers: diagnosticsChannel.channel("undici:request:headers"),
      trailers: diagnosticsChannel.channel("undici:request:trailers"),
      error: diagnosticsChannel.channel("undici:request:error"),
      // WebSocket
      open: diagnosticsChannel.channel("undici:websocket:open"),
      close: diagnosticsChannel.channel("undici:websocket:close"),
      socketError: diagnosticsChannel.channel("undici:websocket:socket_error"),
      ping: diagnosticsChannel.channel("undici:websocket:ping"),
      pong: diagnosticsChannel.channel("undici:websocket:pong"),
      // ProxyAgent
      proxyConnected: diagnosticsChannel.channel("undici:proxy:connected")
    };
    var isTrackingClientEvents = false;
    function trackClientEvents(debugLog = undiciDebugLog) {
      if (isTrackingClientEvents) {
        return;
      }
      if (channels.beforeConnect.hasSubscribers || channels.connected.hasSubscribers || channels.connectError.hasSubscribers || channels.sendHeaders.hasSubscribers) {
        isTrackingClientEvents = true;
        return;
      }
      isTrackingClientEvents = true;
      diagnosticsChannel.subscribe(
        "undici:client:beforeConnect",
        (evt) => {
          const {
            connectParams: { version, protocol, port, host }
          } = evt;
          debugLog(
            "connecting to %s%s using %s%s",
            host,
            port ? `:${port}` : "",
            protocol,
            version
          );
        }
      );
      diagnosticsChannel.subscribe(
        "undici:client:connected",
        (evt) => {
          const {
            connectParams: { version, protocol, port, host }
          } = evt;
          debugLog(
            "connected to %s%s using %s%s",
            host,
            port ? `:${port}` : "",
            protocol,
            version
          );
        }
      );
      diagnosticsChannel.subscribe(
        "undici:client:connectError",
        (evt) => {
          const {
            connectParams: { version, protocol, port, host },
            error
          } = evt;
          debugLog(
            "connection to %s%s using %s%s errored - %s",
            host,
            port ? `:${port}` : "",
            protocol,
            version,
            error.message
          );
        }
      );
      diagnosticsChannel.subscribe(
        "undici:client:sendHeaders",
        (evt) => {
          const {
            request: { method, path, origin }
          } = evt;
          debugLog("sending request to %s %s%s", method, origin, path);
        }
      );
    }
    var isTrackingRequestEvents = false;
    function trackRequestEvents(debugLog = undiciDebugLog) {
      if (isTrackingRequestEvents) {
        return;
      }
      if (channels.headers.hasSubscribers || channels.trailers.hasSubscribers || channels.error.hasSubscribers) {
        isTrackingRequestEvents = true;
        return;
      }
      isTrackingRequestEvents = true;
      diagnosticsChannel.subscribe(
        "undici:request:headers",
        (evt) => {
          const {
            request: { method, path, origin },
            response: { statusCode }
          } = evt;
          debugLog(
            "received response to %s %s%s - HTTP %d",
            method,
            origin,
            path,
            statusCode
          );
        }
      );
      diagnosticsChannel.subscribe(
        "undici:request:trailers",
        (evt) => {
          const {
            request: { method, path, origin }
          } = evt;
          debugLog("trailers received from %s %s%s", method, origin, path);
        }
      );
      diagnosticsChannel.subscribe(
        "undici:request:error",
        (evt) => {
          const {
            request: { method, path, origin },
            error
          } = evt;
          debugLog(
            "request to %s %s%s errored - %s",
            method,
            origin,
            path,
            error.message
          );
        }
      );
    }
    var isTrackingWebSocketEvents = false;
    function trackWebSocketEvents(debugLog = websocketDebuglog) {
      if (isTrackingWebSocketEvents) {
        return;
      }
      if (channels.open.hasSubscribers || channels.close.hasSubscribers || channels.socketError.hasSubscribers || channels.ping.hasSubscribers || channels.pong.hasSubscribers) {
        isTrackingWebSocketEvents = true;
        return;
      }
      isTrackingWebSocketEvents = true;
      diagnosticsChannel.subscribe(
        "undici:websocket:open",
        (evt) => {
          if (evt.address != null) {
            const { address, port } = evt.address;
            debugLog("connection opened %s%s", address, port ? `:${port}` : "");
          } else {
            debugLog("connection opened");
          }
        }
      );
      diagnosticsChannel.subscribe(
        "undici:websocket:close",
        (evt) => {
          const { websocket, code, reason } = evt;
          debugLog(
            "closed connection to %s - %s %s",
            websocket.url,
            code,
            reason
          );
        }
      );
      diagnosticsChannel.subscribe(
        "undici:websocket:socket_error",
        (err) => {
          debugLog("connection errored - %s", err.message);
        }
      );
      diagnosticsChannel.subscribe(
        "undici:websocket:ping",
        (evt) => {
          debugLog("ping received");
        }
      );
      diagnosticsChannel.subscribe(
        "undici:websocket:pong",
        (evt) => {
          debugLog("pong received");
        }
      );
    }
    if (undiciDebugLog.enabled || fetchDebuglog.enabled) {
      trackClientEvents(fetchDebuglog.enabled ? fetchDebuglog : undiciDebugLog);
      trackRequestEvents(fetchDebuglog.enabled ? fetchDebuglog : undiciDebugLog);
    }
    if (websocketDebuglog.enabled) {
      trackClientEvents(undiciDebugLog.enabled ? undiciDebugLog : websocketDebuglog);
      trackWebSocketEvents(websocketDebuglog);
    }
    module.exports = {
      channels
    };
  }
});

// node_modules/undici/lib/core/request.js
var require_request = __commonJS({
  "node_modules/undici/lib/core/request.js"(exports, module) {
    "use strict";
    var {
      InvalidArgumentError,
      NotSupportedError
    } = require_errors();
    var assert = __require("node:assert");
    var {
      isValidHTTPToken,
      isValidHeaderValue,
      isStream,
      destroy,
      isBuffer: isBuffer2,
      isFormDataLike,
      isIterable: isIterable2,
      hasSafeIterator,
      isBlobLike,
      serializePathWithQuery,
      assertRequestHandler,
      getServerName,
      normalizedMethodRecords,
      getProtocolFromUrlString
    } = require_util();
    var { channels } = require_diagnostics();
    var { headerNameLowerCasedRecord } = require_constants();
    var invalidPathRegex = /[^\u0021-\u00ff]/;
    function isValidContentLengthHeaderValue(val) {
      if (typeof val !== "string" || val.length === 0) {
        return false;
      }
      for (let i = 0; i < val.length; i++) {
        const charCode = val.charCodeAt(i);
        if (charCode < 48 || charCode > 57) {
          return false;
        }
      }
      return true;
    }
    var kHandler = /* @__PURE__ */ Symbol("handler");
    var Request = class {
      constructor(origin, {
        path,
        method,
        body,
        headers,
        query,
        idempotent,
        blocking,
        upgrade,
        headersTimeout,
        bodyTimeout,
        reset,
        expectContinue,
        servername,
        throwOnError,
        maxRedirections,
        typeOfService
      }, handler) {
        if (typeof path !== "string") {
          throw new InvalidArgumentError("path must be a string");
        } else if (path[0] !== "/" && !(path.startsWith("http://") || path.startsWith("https://")) && method !== "CONNECT") {
          throw new InvalidArgumentError("path must be an absolute URL or start with a slash");
        } else if (invalidPathRegex.test(path)) {
          throw new InvalidArgumentError("invalid request path");
        }
        if (typeof method !== "string") {
          throw new InvalidArgumentError("method must be a string");
        } else if (normalizedMethodRecords[method] === void 0 && !isValidHTTPToken(method)) {
          throw new InvalidArgumentError("invalid request method");
        }
        if (upgrade && typeof upgrade !== "string") {
          throw new InvalidArgumentError("upgrade must be a string");
        }
        if (upgrade && !isValidHeaderValue(upgrade)) {
          throw new InvalidArgumentError("invalid upgrade header");
        }
        if (headersTimeout != null && (!Number.isFinite(headersTimeout) || headersTimeout < 0)) {
          throw new InvalidArgumentError("invalid headersTimeout");
        }
        if (bodyTimeout != null && (!Number.isFinite(bodyTimeout) || bodyTimeout < 0)) {
          throw new InvalidArgumentError("invalid bodyTimeout");
        }
        if (reset != null && typeof reset !== "boolean") {
          throw new InvalidArgumentError("invalid reset");
        }
        if (expectContinue != null && typeof expectContinue !== "boolean") {
          throw new InvalidArgumentError("invalid expectContinue");
        }
        if (throwOnError != null) {
          throw new InvalidArgumentError("invalid throwOnError");
        }
        if (maxRedirections != null && maxRedirections !== 0) {
          throw new InvalidArgumentError("maxRedirections is not supported, use the redirect interceptor");
        }
        if (typeOfService != null && (!Number.isInteger(typeOfService) || typeOfService < 0 || typeOfService > 255)) {
          throw new InvalidArgumentError("typeOfService must be an integer between 0 and 255");
        }
        this.headersTimeout = headersTimeout;
        this.bodyTimeout = bodyTimeout;
        this.method = method;
        this.typeOfService = typeOfService;
        this.abort = null;
        if (body == null) {
          this.body = null;
        } else if (isStream(body)) {
          this.body = body;
          const rState = this.body._readableState;
          if (!rState || !rState.autoDestroy) {
            this.endHandler = function autoDestroy() {
              destroy(this);
            };
            this.body.on("end", this.endHandler);
          }
          this.errorHandler = (err) => {
            if (this.abort) {
              this.abort(err);
            } else {
              this.error = err;
            }
          };
          this.body.on("error", this.errorHandler);
        } else if (isBuffer2(body)) {
          this.body = body.byteLength ? body : null;
        } else if (ArrayBuffer.isView(body)) {
          this.body = body.buffer.byteLength ? Buffer.from(body.buffer, body.byteOffset, body.byteLength) : null;
        } else if (body instanceof ArrayBuffer) {
          this.body = body.byteLength ? Buffer.from(body) : null;
        } else if (typeof body === "string") {
          this.body = body.length ? Buffer.from(body) : null;
        } else if (isFormDataLike(body) || isIterable2(body) || isBlobLike(body)) {
          this.body = body;
        } else {
          throw new InvalidArgumentError("body must be a string, a Buffer, a Readable stream, an iterable, or an async iterable");
        }
        this.completed = false;
        this.aborted = false;
        this.upgrade = upgrade || null;
        this.path = query ? serializePathWithQuery(path, query) : path;
        this.origin = origin;
        this.protocol = getProtocolFromUrlString(origin);
        this.idempotent = idempotent == null ? method === "HEAD" || method === "GET" : idempotent;
        this.blocking = blocking ?? this.method !== "HEAD";
        this.reset = reset == null ? null : reset;
        this.host = null;
        this.contentLength = null;
        this.contentType = null;
        this.headers = [];
        this.expectContinue = expectContinue != null ? expectContinue : false;
        if (Array.isArray(headers)) {
          if (headers.length % 2 !== 0) {
            throw new InvalidArgumentError("headers array must be even");
          }
          for (let i = 0; i < headers.length; i += 2) {
            processHeader(this, headers[i], headers[i + 1]);
          }
        } else if (headers && typeof headers === "object") {
          if (hasSafeIterator(headers)) {
            for (const header of headers) {
              if (!Array.isArray(header) || header.length !== 2) {
                throw new InvalidArgumentError("headers must be in key-value pair format");
              }
              processHeader(this, header[0], header[1]);
            }
          } else {
            const keys = Object.keys(headers);
            for (let i = 0; i < keys.length; ++i) {
              processHeader(this, keys[i], headers[keys[i]]);
            }
          }
        } else if (headers != null) {
          throw new InvalidArgumentError("headers must be an object or an array");
        }
        assertRequestHandler(handler, method, upgrade);
        this.servername = servername || getServerName(this.host) || null;
        this[kHandler] = handler;
        if (channels.create.hasSubscribers) {
          channels.create.publish({ request: this });
        }
      }
      onBodySent(chunk) {
        if (channels.bodyChunkSent.hasSubscribers) {
          channels.bodyChunkSent.publish({ request: this, chunk });
        }
        if (this[kHandler].onBodySent) {
          try {
            return this[kHandler].onBodySent(chunk);
          } catch (err) {
            this.abort(err);
          }
        }
      }
      onRequestSent() {
        if (channels.bodySent.hasSubscribers) {
          channels.bodySent.publish({ request: this });
        }
        if (this[kHandler].onRequestSent) {
          try {
            return this[kHandler].onRequestSent();
          } catch (err) {
            this.abort(err);
          }
        }
      }
      onConnect(abort) {
        assert(!this.aborted);
        assert(!this.completed);
        if (this.error) {
          abort(this.error);
        } else {
          this.abort = abort;
          return this[kHandler].onConnect(abort);
        }
      }
      onResponseStarted() {
        return this[kHandler].onResponseStarted?.();
      }
      onHeaders(statusCode, headers, resume, statusText) {
        assert(!this.aborted);
        assert(!this.completed);
        if (channels.headers.hasSubscribers) {
          channels.headers.publish({ request: this, response: { statusCode, headers, statusText } });
        }
        try {
          return this[kHandler].onHeaders(statusCode, headers, resume, statusText);
        } catch (err) {
          this.abort(err);
        }
      }
      onData(chunk) {
        assert(!this.aborted);
        assert(!this.completed);
        if (channels.bodyChunkReceived.hasSubscribers) {
          channels.bodyChunkReceived.publish({ request: this, chunk });
        }
        try {
          return this[kHandler].onData(chunk);
        } catch (err) {
          this.abort(err);
          return false;
        }
      }
      /**
       * @param {number} statusCode
       * @param {Buffer[]|string[]} headers
       * @param {import('node:stream').Duplex} socket
       * @param {string} [statusText]
       */
      onUpgrade(statusCode, headers, socket, statusText = "") {
        this.onFinally();
        assert(!this.aborted);
        assert(!this.completed);
        if (channels.headers.hasSubscribers) {
          channels.headers.publish({ request: this, response: { statusCode, headers, statusText } });
        }
        const result = this[kHandler].onUpgrade(statusCode, headers, socket);
        if (!this.aborted) {
          this.completed = true;
          if (channels.trailers.hasSubscribers) {
            channels.trailers.publish({ request: this, trailers: [] });
          }
        }
        return result;
      }
      onComplete(trailers) {
        this.onFinally();
        assert(!this.aborted);
        assert(!this.completed);
        this.completed = true;
        if (channels.trailers.hasSubscribers) {
          channels.trailers.publish({ request: this, trailers });
        }
        try {
          return this[kHandler].onComplete(trailers);
        } catch (err) {
          this.onError(err);
        }
      }
      onError(error) {
        this.onFinally();
        if (channels.error.hasSubscribers) {
          channels.error.publish({ request: this, error });
        }
        if (this.aborted) {
          return;
        }
        this.aborted = true;
        return this[kHandler].onError(error);
      }
      onFinally() {
        if (this.errorHandler) {
          this.body.off("error", this.errorHandler);
          this.errorHandler = null;
        }
        if (this.endHandler) {
          this.body.off("end", this.endHandler);
          this.endHandler = null;
        }
      }
      addHeader(key2, value) {
        processHeader(this, key2, value);
        return this;
      }
    };
    function processHeader(request, key2, val) {
      if (val && (typeof val === "object" && !Array.isArray(val))) {
        throw new InvalidArgumentError(`invalid ${key2} header`);
      } else if (val === void 0) {
        return;
      }
      let headerName = headerNameLowerCasedRecord[key2];
      if (headerName === void 0) {
        headerName = key2.toLowerCase();
        if (headerNameLowerCasedRecord[headerName] === void 0 && !isValidHTTPToken(headerName)) {
          throw new InvalidArgumentError("invalid header key");
        }
      }
      if (Array.isArray(val)) {
        const arr = [];
        for (let i = 0; i < val.length; i++) {
          if (typeof val[i] === "string") {
            if (!isValidHeaderValue(val[i])) {
              throw new InvalidArgumentError(`invalid ${key2} header`);
            }
            arr.push(val[i]);
          } else if (val[i] === null) {
            arr.push("");
          } else if (typeof val[i] === "object") {
            throw new InvalidArgumentError(`invalid ${key2} header`);
          } else {
            const str = `${val[i]}`;
            if (!isValidHeaderValue(str)) {
              throw new InvalidArgumentError(`invalid ${key2} header`);
            }
            arr.push(str);
          }
        }
        val = arr;
      } else if (typeof val === "string") {
        if (!isValidHeaderValue(val)) {
          throw new InvalidArgumentError(`invalid ${key2} header`);
        }
      } else if (val === null) {
        val = "";
      } else {
        val = `${val}`;
        if (!isValidHeaderValue(val)) {
          throw new InvalidArgumentError(`invalid ${key2} header`);
        }
      }
      if (headerName === "host") {
        if (request.host !== null) {
          throw new InvalidArgumentError("duplicate host header");
        }
        if (typeof val !== "string") {
          throw new InvalidArgumentError("invalid host header");
        }
        request.host = val;
      } else if (headerName === "content-length") {
        if (request.contentLength !== null) {
          throw new InvalidArgumentError("duplicate content-length header");
        }
        if (!isValidContentLengthHeaderValue(val)) {
          throw new InvalidArgumentError("invalid content-length header");
        }
        request.contentLength = parseInt(val, 10);
      } else if (request.contentType === null && headerName === "content-type") {
        request.contentType = val;
        request.headers.push(key2, val);
      } else if (headerName === "transfer-encoding" || headerName === "keep-alive" || headerName === "upgrade") {
        throw new InvalidArgumentError(`invalid ${headerName} header`);
      } else if (headerName === "connection") {
        const value = typeof val === "string" ? val : null;
        if (value === null) {
          throw new InvalidArgumentError("invalid connection header");
        }
        for (const token of value.toLowerCase().split(",")) {
          const trimmed = token.trim();
          if (!isValidHTTPToken(trimmed)) {
            throw new InvalidArgumentError("invalid connection header");
          }
          if (trimmed === "close") {
            request.reset = true;
          }
        }
      } else if (headerName === "expect") {
        throw new NotSupportedError("expect header not supported");
      } else {
        request.headers.push(key2, val);
      }
    }
    module.exports = Request;
  }
});

// node_modules/undici/lib/core/connect.js
var require_connect = __commonJS({
  "node_modules/undici/lib/core/connect.js"(exports, module) {
    "use strict";
    var net = __require("node:net");
    var assert = __require("node:assert");
    var util = require_util();
    var { InvalidArgumentError } = require_errors();
    var tls;
    var SessionCache = class WeakSessionCache {
      constructor(maxCachedSessions) {
        this._maxCachedSessions = maxCachedSessions;
        this._sessionCache = /* @__PURE__ */ new Map();
        this._sessionRegistry = new FinalizationRegistry((key2) => {
          if (this._sessionCache.size < this._maxCachedSessions) {
            return;
          }
          const ref = this._sessionCache.get(key2);
          if (ref !== void 0 && ref.deref() === void 0) {
            this._sessionCache.delete(key2);
          }
        });
      }
      get(sessionKey) {
        const ref = this._sessionCache.get(sessionKey);
        return ref ? ref.deref() : null;
      }
      set(sessionKey, session) {
        if (this._maxCachedSessions === 0) {
          return;
        }
        if (this._sessionCache.has(sessionKey)) {
          this._sessionCache.delete(sessionKey);
        } else if (this._sessionCache.size >= this._maxCachedSessions) {
          let evicted = false;
          for (const [key2, ref] of this._sessionCache) {
            if (ref.deref() === void 0) {
              this._sessionCache.delete(key2);
              evicted = true;
              break;
            }
          }
          if (!evicted) {
            const oldest = this._sessionCache.keys().next();
            if (!oldest.done) {
              this._sessionCache.delete(oldest.value);
            }
          }
        }
        this._sessionCache.set(sessionKey, new WeakRef(session));
        this._sessionRegistry.register(session, sessionKey);
      }
    };
    function buildConnector({ allowH2, useH2c, maxCachedSessions, socketPath, timeout, session: customSession, ...opts }) {
      if (maxCachedSessions != null && (!Number.isInteger(maxCachedSessions) || maxCachedSessions < 0)) {
        throw new InvalidArgumentError("maxCachedSessions must be a positive integer or zero");
      }
      const options = { path: socketPath, ...opts };
      const sessionCache = new SessionCache(maxCachedSessions == null ? 100 : maxCachedSessions);
      timeout = timeout == null ? 1e4 : timeout;
      allowH2 = allowH2 != null ? allowH2 : false;
      return function connect({ hostname: hostname2, host, protocol, port, servername, localAddress, httpSocket }, callback) {
        let socket;
        if (protocol === "https:") {
          if (!tls) {
            tls = __require("node:tls");
          }
          servername = servername || options.servername || util.getServerName(host) || null;
          const sessionKey = servername || hostname2;
          assert(sessionKey);
          const session = customSession || sessionCache.get(sessionKey) || null;
          port = port || 443;
          socket = tls.connect({
            highWaterMark: 16384,
            // TLS in node can't have bigger HWM anyway...
            ...options,
            servername,
            session,
            localAddress,
            ALPNProtocols: allowH2 ? ["http/1.1", "h2"] : ["http/1.1"],
            socket: httpSocket,
            // upgrade socket connection
            port,
            host: hostname2
          });
          socket.on("session", function(session2) {
            sessionCache.set(sessionKey, session2);
          });
        } else {
          assert(!httpSocket, "httpSocket can only be sent on TLS update");
          port = port || 80;
          socket = net.connect({
            highWaterMark: 64 * 1024,
            // Same as nodejs fs streams.
            ...options,
            localAddress,
            port,
            host: hostname2
          });
          if (useH2c === true) {
            socket.alpnProtocol = "h2";
          }
        }
        if (options.keepAlive == null || options.keepAlive) {
          const keepAliveInitialDelay = options.keepAliveInitialDelay === void 0 ? 6e4 : options.keepAliveInitialDelay;
          socket.setKeepAlive(true, keepAliveInitialDelay);
        }
        const clearConnectTimeout = util.setupConnectTimeout(new WeakRef(socket), { timeout, hostname: hostname2, port });
        socket.setNoDelay(true).once(protocol === "https:" ? "secureConnect" : "connect", function() {
          queueMicrotask(clearConnectTimeout);
          if (callback) {
            const cb = callback;
            callback = null;
            cb(null, this);
          }
        }).on("error", function(err) {
          queueMicrotask(clearConnectTimeout);
          if (callback) {
            const cb = callback;
            callback = null;
            cb(err);
          }
        });
        return socket;
      };
    }
    module.exports = buildConnector;
  }
});

// node_modules/undici/lib/llhttp/utils.js
var require_utils = __commonJS({
  "node_modules/undici/lib/llhttp/utils.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.enumToMap = enumToMap;
    function enumToMap(obj, filter = [], exceptions = []) {
      const emptyFilter = (filter?.length ?? 0) === 0;
      const emptyExceptions = (exceptions?.length ?? 0) === 0;
      return Object.fromEntries(Object.entries(obj).filter(([, value]) => {
        return typeof value === "number" && (emptyFilter || filter.includes(value)) && (emptyExceptions || !exceptions.includes(value));
      }));
    }
  }
});

// node_modules/undici/lib/llhttp/constants.js
var require_constants2 = __commonJS({
  "node_modules/undici/lib/llhttp/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SPECIAL_HEADERS = exports.MINOR = exports.MAJOR = exports.HTAB_SP_VCHAR_OBS_TEXT = exports.QUOTED_STRING = exports.CONNECTION_TOKEN_CHARS = exports.HEADER_CHARS = exports.TOKEN = exports.HEX = exports.URL_CHAR = exports.USERINFO_CHARS = exports.MARK = exports.ALPHANUM = exports.NUM = exports.HEX_MAP = exports.NUM_MAP = exports.ALPHA = exports.STATUSES_HTTP = exports.H_METHOD_MAP = exports.METHOD_MAP = exports.METHODS_RTSP = exports.METHODS_ICE = exports.METHODS_HTTP = exports.HEADER_STATE = exports.FINISH = exports.STATUSES = exports.METHODS = exports.LENIENT_FLAGS = exports.FLAGS = exports.TYPE = exports.ERROR = void 0;
    var utils_1 = require_utils();
    exports.ERROR = {
      OK: 0,
      INTERNAL: 1,
      STRICT: 2,
      CR_EXPECTED: 25,
      LF_EXPECTED: 3,
      UNEXPECTED_CONTENT_LENGTH: 4,
      UNEXPECTED_SPACE: 30,
      CLOSED_CONNECTION: 5,
      INVALID_METHOD: 6,
      INVALID_URL: 7,
      INVALID_CONSTANT: 8,
      INVALID_VERSION: 9,
      INVALID_HEADER_TOKEN: 10,
      INVALID_CONTENT_LENGTH: 11,
      INVALID_CHUNK_SIZE: 12,
      INVALID_STATUS: 13,
      INVALID_EOF_STATE: 14,
      INVALID_TRANSFER_ENCODING: 15,
      CB_MESSAGE_BEGIN: 16,
      CB_HEADERS_COMPLETE: 17,
      CB_MESSAGE_COMPLETE: 18,
      CB_CHUNK_HEADER: 19,
      CB_CHUNK_COMPLETE: 20,
      PAUSED: 21,
      PAUSED_UPGRADE: 22,
      PAUSED_H2_UPGRADE: 23,
      USER: 24,
      CB_URL_COMPLETE: 26,
      CB_STATUS_COMPLETE: 27,
      CB_METHOD_COMPLETE: 32,
      CB_VERSION_COMPLETE: 33,
      CB_HEADER_FIELD_COMPLETE: 28,
      CB_HEADER_VALUE_COMPLETE: 29,
      CB_CHUNK_EXTENSION_NAME_COMPLETE: 34,
      CB_CHUNK_EXTENSION_VALUE_COMPLETE: 35,
      CB_RESET: 31,
      CB_PROTOCOL_COMPLETE: 38
    };
    exports.TYPE = {
      BOTH: 0,
      // default
      REQUEST: 1,
      RESPONSE: 2
    };
    exports.FLAGS = {
      CONNECTION_KEEP_ALIVE: 1 << 0,
      CONNECTION_CLOSE: 1 << 1,
      CONNECTION_UPGRADE: 1 << 2,
      CHUNKED: 1 << 3,
      UPGRADE: 1 << 4,
      CONTENT_LENGTH: 1 << 5,
      SKIPBODY: 1 << 6,
      TRAILING: 1 << 7,
      // 1 << 8 is unused
      TRANSFER_ENCODING: 1 << 9
    };
    exports.LENIENT_FLAGS = {
      HEADERS: 1 << 0,
      CHUNKED_LENGTH: 1 << 1,
      KEEP_ALIVE: 1 << 2,
      TRANSFER_ENCODING: 1 << 3,
      VERSION: 1 << 4,
      DATA_AFTER_CLOSE: 1 << 5,
      OPTIONAL_LF_AFTER_CR: 1 << 6,
      OPTIONAL_CRLF_AFTER_CHUNK: 1 << 7,
      OPTIONAL_CR_BEFORE_LF: 1 << 8,
      SPACES_AFTER_CHUNK_SIZE: 1 << 9
    };
    exports.METHODS = {
      "DELETE": 0,
      "GET": 1,
      "HEAD": 2,
      "POST": 3,
      "PUT": 4,
      /* pathological */
      "CONNECT": 5,
      "OPTIONS": 6,
      "TRACE": 7,
      /* WebDAV */
      "COPY": 8,
      "LOCK": 9,
      "MKCOL": 10,
      "MOVE": 11,
      "PROPFIND": 12,
      "PROPPATCH": 13,
      "SEARCH": 14,
      "UNLOCK": 15,
      "BIND": 16,
      "REBIND": 17,
      "UNBIND": 18,
      "ACL": 19,
      /* subversion */
      "REPORT": 20,
      "MKACTIVITY": 21,
      "CHECKOUT": 22,
      "MERGE": 23,
      /* upnp */
      "M-SEARCH": 24,
      "NOTIFY": 25,
      "SUBSCRIBE": 26,
      "UNSUBSCRIBE": 27,
      /* RFC-5789 */
      "PATCH": 28,
      "PURGE": 29,
      /* CalDAV */
      "MKCALENDAR": 30,
      /* RFC-2068, section 19.6.1.2 */
      "LINK": 31,
      "UNLINK": 32,
      /* icecast */
      "SOURCE": 33,
      /* RFC-7540, section 11.6 */
      "PRI": 34,
      /* RFC-2326 RTSP */
      "DESCRIBE": 35,
      "ANNOUNCE": 36,
      "SETUP": 37,
      "PLAY": 38,
      "PAUSE": 39,
      "TEARDOWN": 40,
      "GET_PARAMETER": 41,
      "SET_PARAMETER": 42,
      "REDIRECT": 43,
      "RECORD": 44,
      /* RAOP */
      "FLUSH": 45,
      /* DRAFT https://www.ietf.org/archive/id/draft-ietf-httpbis-safe-method-w-body-02.html */
      "QUERY": 46
    };
    exports.STATUSES = {
      CONTINUE: 100,
      SWITCHING_PROTOCOLS: 101,
      PROCESSING: 102,
      EARLY_HINTS: 103,
      RESPONSE_IS_STALE: 110,
      // Unofficial
      REVALIDATION_FAILED: 111,
      // Unofficial
      DISCONNECTED_OPERATION: 112,
      // Unofficial
      HEURISTIC_EXPIRATION: 113,
      // Unofficial
      MISCELLANEOUS_WARNING: 199,
      // Unofficial
      OK: 200,
      CREATED: 201,
      ACCEPTED: 202,
      NON_AUTHORITATIVE_INFORMATION: 203,
      NO_CONTENT: 204,
      RESET_CONTENT: 205,
      PARTIAL_CONTENT: 206,
      MULTI_STATUS: 207,
      ALREADY_REPORTED: 208,
      TRANSFORMATION_APPLIED: 214,
      // Unofficial
      IM_USED: 226,
      MISCELLANEOUS_PERSISTENT_WARNING: 299,
      // Unofficial
      MULTIPLE_CHOICES: 300,
      MOVED_PERMANENTLY: 301,
      FOUND: 302,
      SEE_OTHER: 303,
      NOT_MODIFIED: 304,
      USE_PROXY: 305,
      SWITCH_PROXY: 306,
      // No longer used
      TEMPORARY_REDIRECT: 307,
      PERMANENT_REDIRECT: 308,
      BAD_REQUEST: 400,
      UNAUTHORIZED: 401,
      PAYMENT_REQUIRED: 402,
      FORBIDDEN: 403,
      NOT_FOUND: 404,
      METHOD_NOT_ALLOWED: 405,
      NOT_ACCEPTABLE: 406,
      PROXY_AUTHENTICATION_REQUIRED: 407,
      REQUEST_TIMEOUT: 408,
      CONFLICT: 409,
      GONE: 410,
      LENGTH_REQUIRED: 411,
      PRECONDITION_FAILED: 412,
      PAYLOAD_TOO_LARGE: 413,
      URI_TOO_LONG: 414,
      UNSUPPORTED_MEDIA_TYPE: 415,
      RANGE_NOT_SATISFIABLE: 416,
      EXPECTATION_FAILED: 417,
      IM_A_TEAPOT: 418,
      PAGE_EXPIRED: 419,
      // Unofficial
      ENHANCE_YOUR_CALM: 420,
      // Unofficial
      MISDIRECTED_REQUEST: 421,
      UNPROCESSABLE_ENTITY: 422,
      LOCKED: 423,
      FAILED_DEPENDENCY: 424,
      TOO_EARLY: 425,
      UPGRADE_REQUIRED: 426,
      PRECONDITION_REQUIRED: 428,
      TOO_MANY_REQUESTS: 429,
      REQUEST_HEADER_FIELDS_TOO_LARGE_UNOFFICIAL: 430,
      // Unofficial
      REQUEST_HEADER_FIELDS_TOO_LARGE: 431,
      LOGIN_TIMEOUT: 440,
      // Unofficial
      NO_RESPONSE: 444,
      // Unofficial
      RETRY_WITH: 449,
      // Unofficial
      BLOCKED_BY_PARENTAL_CONTROL: 450,
      // Unofficial
      UNAVAILABLE_FOR_LEGAL_REASONS: 451,
      CLIENT_CLOSED_LOAD_BALANCED_REQUEST: 460,
      // Unofficial
      INVALID_X_FORWARDED_FOR: 463,
      // Unofficial
      REQUEST_HEADER_TOO_LARGE: 494,
      // Unofficial
      SSL_CERTIFICATE_ERROR: 495,
      // Unofficial
      SSL_CERTIFICATE_REQUIRED: 496,
      // Unofficial
      HTTP_REQUEST_SENT_TO_HTTPS_PORT: 497,
      // Unofficial
      INVALID_TOKEN: 498,
      // Unofficial
      CLIENT_CLOSED_REQUEST: 499,
      // Unofficial
      INTERNAL_SERVER_ERROR: 500,
      NOT_IMPLEMENTED: 501,
      BAD_GATEWAY: 502,
      SERVICE_UNAVAILABLE: 503,
      GATEWAY_TIMEOUT: 504,
      HTTP_VERSION_NOT_SUPPORTED: 505,
      VARIANT_ALSO_NEGOTIATES: 506,
      INSUFFICIENT_STORAGE: 507,
      LOOP_DETECTED: 508,
      BANDWIDTH_LIMIT_EXCEEDED: 509,
      NOT_EXTENDED: 510,
      NETWORK_AUTHENTICATION_REQUIRED: 511,
      WEB_SERVER_UNKNOWN_ERROR: 520,
      // Unofficial
      WEB_SERVER_IS_DOWN: 521,
      // Unofficial
      CONNECTION_TIMEOUT: 522,
      // Unofficial
      ORIGIN_IS_UNREACHABLE: 523,
      // Unofficial
      TIMEOUT_OCCURED: 524,
      // Unofficial
      SSL_HANDSHAKE_FAILED: 525,
      // Unofficial
      INVALID_SSL_CERTIFICATE: 526,
      // Unofficial
      RAILGUN_ERROR: 527,
      // Unofficial
      SITE_IS_OVERLOADED: 529,
      // Unofficial
      SITE_IS_FROZEN: 530,
      // Unofficial
      IDENTITY_PROVIDER_AUTHENTICATION_ERROR: 561,
      // Unofficial
      NETWORK_READ_TIMEOUT: 598,
      // Unofficial
      NETWORK_CONNECT_TIMEOUT: 599
      // Unofficial
    };
    exports.FINISH = {
      SAFE: 0,
      SAFE_WITH_CB: 1,
      UNSAFE: 2
    };
    exports.HEADER_STATE = {
      GENERAL: 0,
      CONNECTION: 1,
      CONTENT_LENGTH: 2,
      TRANSFER_ENCODING: 3,
      UPGRADE: 4,
      CONNECTION_KEEP_ALIVE: 5,
      CONNECTION_CLOSE: 6,
      CONNECTION_UPGRADE: 7,
      TRANSFER_ENCODING_CHUNKED: 8
    };
    exports.METHODS_HTTP = [
      exports.METHODS.DELETE,
      exports.METHODS.GET,
      exports.METHODS.HEAD,
      exports.METHODS.POST,
      exports.METHODS.PUT,
      exports.METHODS.CONNECT,
      exports.METHODS.OPTIONS,
      exports.METHODS.TRACE,
      exports.METHODS.COPY,
      exports.METHODS.LOCK,
      exports.METHODS.MKCOL,
      exports.METHODS.MOVE,
      exports.METHODS.PROPFIND,
      exports.METHODS.PROPPATCH,
      exports.METHODS.SEARCH,
      exports.METHODS.UNLOCK,
      exports.METHODS.BIND,
      exports.METHODS.REBIND,
      exports.METHODS.UNBIND,
      exports.METHODS.ACL,
      exports.METHODS.REPORT,
      exports.METHODS.MKACTIVITY,
      exports.METHODS.CHECKOUT,
      exports.METHODS.MERGE,
      exports.METHODS["M-SEARCH"],
      exports.METHODS.NOTIFY,
      exports.METHODS.SUBSCRIBE,
      exports.METHODS.UNSUBSCRIBE,
      exports.METHODS.PATCH,
      exports.METHODS.PURGE,
      exports.METHODS.MKCALENDAR,
      exports.METHODS.LINK,
      exports.METHODS.UNLINK,
      exports.METHODS.PRI,
      // TODO(indutny): should we allow it with HTTP?
      exports.METHODS.SOURCE,
      exports.METHODS.QUERY
    ];
    exports.METHODS_ICE = [
      exports.METHODS.SOURCE
    ];
    exports.METHODS_RTSP = [
      exports.METHODS.OPTIONS,
      exports.METHODS.DESCRIBE,
      exports.METHODS.ANNOUNCE,
      exports.METHODS.SETUP,
      exports.METHODS.PLAY,
      exports.METHODS.PAUSE,
      exports.METHODS.TEARDOWN,
      exports.METHODS.GET_PARAMETER,
      exports.METHODS.SET_PARAMETER,
      exports.METHODS.REDIRECT,
      exports.METHODS.RECORD,
      exports.METHODS.FLUSH,
      // For AirPlay
      exports.METHODS.GET,
      exports.METHODS.POST
    ];
    exports.METHOD_MAP = (0, utils_1.enumToMap)(exports.METHODS);
    exports.H_METHOD_MAP = Object.fromEntries(Object.entries(exports.METHODS).filter(([k]) => k.startsWith("H")));
    exports.STATUSES_HTTP = [
      exports.STATUSES.CONTINUE,
      exports.STATUSES.SWITCHING_PROTOCOLS,
      exports.STATUSES.PROCESSING,
      exports.STATUSES.EARLY_HINTS,
      exports.STATUSES.RESPONSE_IS_STALE,
      exports.STATUSES.REVALIDATION_FAILED,
      exports.STATUSES.DISCONNECTED_OPERATION,
      exports.STATUSES.HEURISTIC_EXPIRATION,
      exports.STATUSES.MISCELLANEOUS_WARNING,
      exports.STATUSES.OK,
      exports.STATUSES.CREATED,
      exports.STATUSES.ACCEPTED,
      exports.STATUSES.NON_AUTHORITATIVE_INFORMATION,
      exports.STATUSES.NO_CONTENT,
      exports.STATUSES.RESET_CONTENT,
      exports.STATUSES.PARTIAL_CONTENT,
      exports.STATUSES.MULTI_STATUS,
      exports.STATUSES.ALREADY_REPORTED,
      exports.STATUSES.TRANSFORMATION_APPLIED,
      exports.STATUSES.IM_USED,
      exports.STATUSES.MISCELLANEOUS_PERSISTENT_WARNING,
      exports.STATUSES.MULTIPLE_CHOICES,
      exports.STATUSES.MOVED_PERMANENTLY,
      exports.STATUSES.FOUND,
      exports.STATUSES.SEE_OTHER,
      exports.STATUSES.NOT_MODIFIED,
      exports.STATUSES.USE_PROXY,
      exports.STATUSES.SWITCH_PROXY,
      exports.STATUSES.TEMPORARY_REDIRECT,
      exports.STATUSES.PERMANENT_REDIRECT,
      exports.STATUSES.BAD_REQUEST,
      exports.STATUSES.UNAUTHORIZED,
      exports.STATUSES.PAYMENT_REQUIRED,
      exports.STATUSES.FORBIDDEN,
      exports.STATUSES.NOT_FOUND,
      exports.STATUSES.METHOD_NOT_ALLOWED,
      exports.STATUSES.NOT_ACCEPTABLE,
      exports.STATUSES.PROXY_AUTHENTICATION_REQUIRED,
      exports.STATUSES.REQUEST_TIMEOUT,
      exports.STATUSES.CONFLICT,
      exports.STATUSES.GONE,
      exports.STATUSES.LENGTH_REQUIRED,
      exports.STATUSES.PRECONDITION_FAILED,
      exports.STATUSES.PAYLOAD_TOO_LARGE,
      exports.STATUSES.URI_TOO_LONG,
      exports.STATUSES.UNSUPPORTED_MEDIA_TYPE,
      exports.STATUSES.RANGE_NOT_SATISFIABLE,
      exports.STATUSES.EXPECTATION_FAILED,
      exports.STATUSES.IM_A_TEAPOT,
      exports.STATUSES.PAGE_EXPIRED,
      exports.STATUSES.ENHANCE_YOUR_CALM,
      exports.STATUSES.MISDIRECTED_REQUEST,
      exports.STATUSES.UNPROCESSABLE_ENTITY,
      exports.STATUSES.LOCKED,
      exports.STATUSES.FAILED_DEPENDENCY,
      exports.STATUSES.TOO_EARLY,
      exports.STATUSES.UPGRADE_REQUIRED,
      exports.STATUSES.PRECONDITION_REQUIRED,
      exports.STATUSES.TOO_MANY_REQUESTS,
      exports.STATUSES.REQUEST_HEADER_FIELDS_TOO_LARGE_UNOFFICIAL,
      exports.STATUSES.REQUEST_HEADER_FIELDS_TOO_LARGE,
      exports.STATUSES.LOGIN_TIMEOUT,
      exports.STATUSES.NO_RESPONSE,
      exports.STATUSES.RETRY_WITH,
      exports.STATUSES.BLOCKED_BY_PARENTAL_CONTROL,
      exports.STATUSES.UNAVAILABLE_FOR_LEGAL_REASONS,
      exports.STATUSES.CLIENT_CLOSED_LOAD_BALANCED_REQUEST,
      exports.STATUSES.INVALID_X_FORWARDED_FOR,
      exports.STATUSES.REQUEST_HEADER_TOO_LARGE,
      exports.STATUSES.SSL_CERTIFICATE_ERROR,
      exports.STATUSES.SSL_CERTIFICATE_REQUIRED,
      exports.STATUSES.HTTP_REQUEST_SENT_TO_HTTPS_PORT,
      exports.STATUSES.INVALID_TOKEN,
      exports.STATUSES.CLIENT_CLOSED_REQUEST,
      exports.STATUSES.INTERNAL_SERVER_ERROR,
      exports.STATUSES.NOT_IMPLEMENTED,
      exports.STATUSES.BAD_GATEWAY,
      exports.STATUSES.SERVICE_UNAVAILABLE,
      exports.STATUSES.GATEWAY_TIMEOUT,
      exports.STATUSES.HTTP_VERSION_NOT_SUPPORTED,
      exports.STATUSES.VARIANT_ALSO_NEGOTIATES,
      exports.STATUSES.INSUFFICIENT_STORAGE,
      exports.STATUSES.LOOP_DETECTED,
      exports.STATUSES.BANDWIDTH_LIMIT_EXCEEDED,
      exports.STATUSES.NOT_EXTENDED,
      exports.STATUSES.NETWORK_AUTHENTICATION_REQUIRED,
      exports.STATUSES.WEB_SERVER_UNKNOWN_ERROR,
      exports.STATUSES.WEB_SERVER_IS_DOWN,
      exports.STATUSES.CONNECTION_TIMEOUT,
      exports.STATUSES.ORIGIN_IS_UNREACHABLE,
      exports.STATUSES.TIMEOUT_OCCURED,
      exports.STATUSES.SSL_HANDSHAKE_FAILED,
      exports.STATUSES.INVALID_SSL_CERTIFICATE,
      exports.STATUSES.RAILGUN_ERROR,
      exports.STATUSES.SITE_IS_OVERLOADED,
      exports.STATUSES.SITE_IS_FROZEN,
      exports.STATUSES.IDENTITY_PROVIDER_AUTHENTICATION_ERROR,
      exports.STATUSES.NETWORK_READ_TIMEOUT,
      exports.STATUSES.NETWORK_CONNECT_TIMEOUT
    ];
    exports.ALPHA = [];
    for (let i = "A".charCodeAt(0); i <= "Z".charCodeAt(0); i++) {
      exports.ALPHA.push(String.fromCharCode(i));
      exports.ALPHA.push(String.fromCharCode(i + 32));
    }
    exports.NUM_MAP = {
      0: 0,
      1: 1,
      2: 2,
      3: 3,
      4: 4,
      5: 5,
      6: 6,
      7: 7,
      8: 8,
      9: 9
    };
    exports.HEX_MAP = {
      0: 0,
      1: 1,
      2: 2,
      3: 3,
      4: 4,
      5: 5,
      6: 6,
      7: 7,
      8: 8,
      9: 9,
      A: 10,
      B: 11,
      C: 12,
      D: 13,
      E: 14,
      F: 15,
      a: 10,
      b: 11,
      c: 12,
      d: 13,
      e: 14,
      f: 15
    };
    exports.NUM = [
      "0",
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9"
    ];
    exports.ALPHANUM = exports.ALPHA.concat(exports.NUM);
    exports.MARK = ["-", "_", ".", "!", "~", "*", "'", "(", ")"];
    exports.USERINFO_CHARS = exports.ALPHANUM.concat(exports.MARK).concat(["%", ";", ":", "&", "=", "+", "$", ","]);
    exports.URL_CHAR = [
      "!",
      '"',
      "$",
      "%",
      "&",
      "'",
      "(",
      ")",
      "*",
      "+",
      ",",
      "-",
      ".",
      "/",
      ":",
      ";",
      "<",
      "=",
      ">",
      "@",
      "[",
      "\\",
      "]",
      "^",
      "_",
      "`",
      "{",
      "|",
      "}",
      "~"
    ].concat(exports.ALPHANUM);
    exports.HEX = exports.NUM.concat(["a", "b", "c", "d", "e", "f", "A", "B", "C", "D", "E", "F"]);
    exports.TOKEN = [
      "!",
      "#",
      "$",
      "%",
      "&",
      "'",
      "*",
      "+",
      "-",
      ".",
      "^",
      "_",
      "`",
      "|",
      "~"
    ].concat(exports.ALPHANUM);
    exports.HEADER_CHARS = ["	"];
    for (let i = 32; i <= 255; i++) {
      if (i !== 127) {
        exports.HEADER_CHARS.push(i);
      }
    }
    exports.CONNECTION_TOKEN_CHARS = exports.HEADER_CHARS.filter((c) => c !== 44);
    exports.QUOTED_STRING = ["	", " "];
    for (let i = 33; i <= 255; i++) {
      if (i !== 34 && i !== 92) {
        exports.QUOTED_STRING.push(i);
      }
    }
    exports.HTAB_SP_VCHAR_OBS_TEXT = ["	", " "];
    for (let i = 33; i <= 126; i++) {
      exports.HTAB_SP_VCHAR_OBS_TEXT.push(i);
    }
    for (let i = 128; i <= 255; i++) {
      exports.HTAB_SP_VCHAR_OBS_TEXT.push(i);
    }
    exports.MAJOR = exports.NUM_MAP;
    exports.MINOR = exports.MAJOR;
    exports.SPECIAL_HEADERS = {
      "connection": exports.HEADER_STATE.CONNECTION,
      "content-length": exports.HEADER_STATE.CONTENT_LENGTH,
      "proxy-connection": exports.HEADER_STATE.CONNECTION,
      "transfer-encoding": exports.HEADER_STATE.TRANSFER_ENCODING,
      "upgrade": exports.HEADER_STATE.UPGRADE
    };
    exports.default = {
      ERROR: exports.ERROR,
      TYPE: exports.TYPE,
      FLAGS: exports.FLAGS,
      LENIENT_FLAGS: exports.LENIENT_FLAGS,
      METHODS: exports.METHODS,
      STATUSES: exports.STATUSES,
      FINISH: exports.FINISH,
      HEADER_STATE: exports.HEADER_STATE,
      ALPHA: exports.ALPHA,
      NUM_MAP: exports.NUM_MAP,
      HEX_MAP: exports.HEX_MAP,
      NUM: exports.NUM,
      ALPHANUM: exports.ALPHANUM,
      MARK: exports.MARK,
      USERINFO_CHARS: exports.USERINFO_CHARS,
      URL_CHAR: exports.URL_CHAR,
      HEX: exports.HEX,
      TOKEN: exports.TOKEN,
      HEADER_CHARS: exports.HEADER_CHARS,
      CONNECTION_TOKEN_CHARS: exports.CONNECTION_TOKEN_CHARS,
      QUOTED_STRING: exports.QUOTED_STRING,
      HTAB_SP_VCHAR_OBS_TEXT: exports.HTAB_SP_VCHAR_OBS_TEXT,
      MAJOR: exports.MAJOR,
      MINOR: exports.MINOR,
      SPECIAL_HEADERS: exports.SPECIAL_HEADERS,
      METHODS_HTTP: exports.METHODS_HTTP,
      METHODS_ICE: exports.METHODS_ICE,
      METHODS_RTSP: exports.METHODS_RTSP,
      METHOD_MAP: exports.METHOD_MAP,
      H_METHOD_MAP: exports.H_METHOD_MAP,
      STATUSES_HTTP: exports.STATUSES_HTTP
    };
  }
});

// node_modules/undici/lib/llhttp/llhttp-wasm.js
var require_llhttp_wasm = __commonJS({
  "node_modules/undici/lib/llhttp/llhttp-wasm.js"(exports, module) {
    "use strict";
    var { Buffer: Buffer13 } = __require("node:buffer");
    var wasmBase64 = "AGFzbQEAAAABJwdgAX8Bf2ADf39/AX9gAn9/AGABfwBgBH9/f38Bf2AAAGADf39/AALLAQgDZW52GHdhc21fb25faGVhZGVyc19jb21wbGV0ZQAEA2VudhV3YXNtX29uX21lc3NhZ2VfYmVnaW4AAANlbnYLd2FzbV9vbl91cmwAAQNlbnYOd2FzbV9vbl9zdGF0dXMAAQNlbnYUd2FzbV9vbl9oZWFkZXJfZmllbGQAAQNlbnYUd2FzbV9vbl9oZWFkZXJfdmFsdWUAAQNlbnYMd2FzbV9vbl9ib2R5AAEDZW52GHdhc21fb25fbWVzc2FnZV9jb21wbGV0ZQAAAzU0BQYAAAMAAAAAAAADAQMAAwMDAAACAAAAAAICAgICAgICAgIBAQEBAQEBAQEBAwAAAwAAAAQFAXABExMFAwEAAgYIAX8BQcDZBAsHxQcoBm1lbW9yeQIAC19pbml0aWFsaXplAAgZX19pbmRpcmVjdF9mdW5jdGlvbl90YWJsZQEAC2xsaHR0cF9pbml0AAkYbGxodHRwX3Nob3VsZF9rZWVwX2FsaXZlADcMbGxodHRwX2FsbG9jAAsGbWFsbG9jADkLbGxodHRwX2ZyZWUADARmcmVlAAwPbGxodHRwX2dldF90eXBlAA0VbGxodHRwX2dldF9odHRwX21ham9yAA4VbGxodHRwX2dldF9odHRwX21pbm9yAA8RbGxodHRwX2dldF9tZXRob2QAEBZsbGh0dHBfZ2V0X3N0YXR1c19jb2RlABESbGxodHRwX2dldF91cGdyYWRlABIMbGxodHRwX3Jlc2V0ABMObGxodHRwX2V4ZWN1dGUAFBRsbGh0dHBfc2V0dGluZ3NfaW5pdAAVDWxsaHR0cF9maW5pc2gAFgxsbGh0dHBfcGF1c2UAFw1sbGh0dHBfcmVzdW1lABgbbGxodHRwX3Jlc3VtZV9hZnRlcl91cGdyYWRlABkQbGxodHRwX2dldF9lcnJubwAaF2xsaHR0cF9nZXRfZXJyb3JfcmVhc29uABsXbGxodHRwX3NldF9lcnJvcl9yZWFzb24AHBRsbGh0dHBfZ2V0X2Vycm9yX3BvcwAdEWxsaHR0cF9lcnJub19uYW1lAB4SbGxodHRwX21ldGhvZF9uYW1lAB8SbGxodHRwX3N0YXR1c19uYW1lACAabGxodHRwX3NldF9sZW5pZW50X2hlYWRlcnMAISFsbGh0dHBfc2V0X2xlbmllbnRfY2h1bmtlZF9sZW5ndGgAIh1sbGh0dHBfc2V0X2xlbmllbnRfa2VlcF9hbGl2ZQAjJGxsaHR0cF9zZXRfbGVuaWVudF90cmFuc2Zlcl9lbmNvZGluZwAkGmxsaHR0cF9zZXRfbGVuaWVudF92ZXJzaW9uACUjbGxodHRwX3NldF9sZW5pZW50X2RhdGFfYWZ0ZXJfY2xvc2UAJidsbGh0dHBfc2V0X2xlbmllbnRfb3B0aW9uYWxfbGZfYWZ0ZXJfY3IAJyxsbGh0dHBfc2V0X2xlbmllbnRfb3B0aW9uYWxfY3JsZl9hZnRlcl9jaHVuawAoKGxsaHR0cF9zZXRfbGVuaWVudF9vcHRpb25hbF9jcl9iZWZvcmVfbGYAKSpsbGh0dHBfc2V0X2xlbmllbnRfc3BhY2VzX2FmdGVyX2NodW5rX3NpemUAKhhsbGh0dHBfbWVzc2FnZV9uZWVkc19lb2YANgkYAQBBAQsSAQIDBAUKBgcyNDMuKy8tLDAxCq/ZAjQWAEHA1QAoAgAEQAALQcDVAEEBNgIACxQAIAAQOCAAIAI2AjggACABOgAoCxQAIAAgAC8BNCAALQAwIAAQNxAACx4BAX9BwAAQOiIBEDggAUGACDYCOCABIAA6ACggAQuPDAEHfwJAIABFDQAgAEEIayIBIABBBGsoAgAiAEF4cSIEaiEFAkAgAEEBcQ0AIABBA3FFDQEgASABKAIAIgBrIgFB1NUAKAIASQ0BIAAgBGohBAJAAkBB2NUAKAIAIAFHBEAgAEH/AU0EQCAAQQN2IQMgASgCCCIAIAEoAgwiAkYEQEHE1QBBxNUAKAIAQX4gA3dxNgIADAULIAIgADYCCCAAIAI2AgwMBAsgASgCGCEGIAEgASgCDCIARwRAIAAgASgCCCICNgIIIAIgADYCDAwDCyABQRRqIgMoAgAiAkUEQCABKAIQIgJFDQIgAUEQaiEDCwNAIAMhByACIgBBFGoiAygCACICDQAgAEEQaiEDIAAoAhAiAg0ACyAHQQA2AgAMAgsgBSgCBCIAQQNxQQNHDQIgBSAAQX5xNgIEQczVACAENgIAIAUgBDYCACABIARBAXI2AgQMAwtBACEACyAGRQ0AAkAgASgCHCICQQJ0QfTXAGoiAygCACABRgRAIAMgADYCACAADQFByNUAQcjVACgCAEF+IAJ3cTYCAAwCCyAGQRBBFCAGKAIQIAFGG2ogADYCACAARQ0BCyAAIAY2AhggASgCECICBEAgACACNgIQIAIgADYCGAsgAUEUaigCACICRQ0AIABBFGogAjYCACACIAA2AhgLIAEgBU8NACAFKAIEIgBBAXFFDQACQAJAAkACQCAAQQJxRQRAQdzVACgCACAFRgRAQdzVACABNgIAQdDVAEHQ1QAoAgAgBGoiADYCACABIABBAXI2AgQgAUHY1QAoAgBHDQZBzNUAQQA2AgBB2NUAQQA2AgAMBgtB2NUAKAIAIAVGBEBB2NUAIAE2AgBBzNUAQczVACgCACAEaiIANgIAIAEgAEEBcjYCBCAAIAFqIAA2AgAMBgsgAEF4cSAEaiEEIABB/wFNBEAgAEEDdiEDIAUoAggiACAFKAIMIgJGBEBBxNUAQcTVACgCAEF+IAN3cTYCAAwFCyACIAA2AgggACACNgIMDAQLIAUoAhghBiAFIAUoAgwiAEcEQEHU1QAoAgAaIAAgBSgCCCICNgIIIAIgADYCDAwDCyAFQRRqIgMoAgAiAkUEQCAFKAIQIgJFDQIgBUEQaiEDCwNAIAMhByACIgBBFGoiAygCACICDQAgAEEQaiEDIAAoAhAiAg0ACyAHQQA2AgAMAgsgBSAAQX5xNgIEIAEgBGogBDYCACABIARBAXI2AgQMAwtBACEACyAGRQ0AAkAgBSgCHCICQQJ0QfTXAGoiAygCACAFRgRAIAMgADYCACAADQFByNUAQcjVACgCAEF+IAJ3cTYCAAwCCyAGQRBBFCAGKAIQIAVGG2ogADYCACAARQ0BCyAAIAY2AhggBSgCECICBEAgACACNgIQIAIgADYCGAsgBUEUaigCACICRQ0AIABBFGogAjYCACACIAA2AhgLIAEgBGogBDYCACABIARBAXI2AgQgAUHY1QAoAgBHDQBBzNUAIAQ2AgAMAQsgBEH/AU0EQCAEQXhxQezVAGohAAJ/QcTVACgCACICQQEgBEEDdnQiA3FFBEBBxNUAIAIgA3I2AgAgAAwBCyAAKAIICyICIAE2AgwgACABNgIIIAEgADYCDCABIAI2AggMAQtBHyECIARB////B00EQCAEQSYgBEEIdmciAGt2QQFxIABBAXRrQT5qIQILIAEgAjYCHCABQgA3AhAgAkECdEH01wBqIQACQEHI1QAoAgAiA0EBIAJ0IgdxRQRAIAAgATYCAEHI1QAgAyAHcjYCACABIAA2AhggASABNgIIIAEgATYCDAwBCyAEQRkgAkEBdmtBACACQR9HG3QhAiAAKAIAIQACQANAIAAiAygCBEF4cSAERg0BIAJBHXYhACACQQF0IQIgAyAAQQRxakEQaiIHKAIAIgANAAsgByABNgIAIAEgAzYCGCABIAE2AgwgASABNgIIDAELIAMoAggiACABNgIMIAMgATYCCCABQQA2AhggASADNgIMIAEgADYCCAtB5NUAQeTVACgCAEEBayIAQX8gABs2AgALCwcAIAAtACgLBwAgAC0AKgsHACAALQArCwcAIAAtACkLBwAgAC8BNAsHACAALQAwC0ABBH8gACgCGCEBIAAvAS4hAiAALQAoIQMgACgCOCEEIAAQOCAAIAQ2AjggACADOgAoIAAgAjsBLiAAIAE2AhgL5YUCAgd/A34gASACaiEEAkAgACIDKAIMIgANACADKAIEBEAgAyABNgIECyMAQRBrIgkkAAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAygCHCICQQJrDvwBAfkBAgMEBQYHCAkKCwwNDg8QERL4ARP3ARQV9gEWF/UBGBkaGxwdHh8g/QH7ASH0ASIjJCUmJygpKivzASwtLi8wMTLyAfEBMzTwAe8BNTY3ODk6Ozw9Pj9AQUJDREVGR0hJSktMTU5P+gFQUVJT7gHtAVTsAVXrAVZXWFla6gFbXF1eX2BhYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ent8fX5/gAGBAYIBgwGEAYUBhgGHAYgBiQGKAYsBjAGNAY4BjwGQAZEBkgGTAZQBlQGWAZcBmAGZAZoBmwGcAZ0BngGfAaABoQGiAaMBpAGlAaYBpwGoAakBqgGrAawBrQGuAa8BsAGxAbIBswG0AbUBtgG3AbgBuQG6AbsBvAG9Ab4BvwHAAcEBwgHDAcQBxQHGAccByAHJAcoBywHMAc0BzgHpAegBzwHnAdAB5gHRAdIB0wHUAeUB1QHWAdcB2AHZAdoB2wHcAd0B3gHfAeAB4QHiAeMBAPwBC0EADOMBC0EODOIBC0ENDOEBC0EPDOABC0EQDN8BC0ETDN4BC0EUDN0BC0EVDNwBC0EWDNsBC0EXDNoBC0EYDNkBC0EZDNgBC0EaDNcBC0EbDNYBC0EcDNUBC0EdDNQBC0EeDNMBC0EfDNIBC0EgDNEBC0EhDNABC0EIDM8BC0EiDM4BC0EkDM0BC0EjDMwBC0EHDMsBC0ElDMoBC0EmDMkBC0EnDMgBC0EoDMcBC0ESDMYBC0ERDMUBC0EpDMQBC0EqDMMBC0ErDMIBC0EsDMEBC0HeAQzAAQtBLgy/AQtBLwy+AQtBMAy9AQtBMQy8AQtBMgy7AQtBMwy6AQtBNAy5AQtB3wEMuAELQTUMtwELQTkMtgELQQwMtQELQTYMtAELQTcMswELQTgMsgELQT4MsQELQToMsAELQeABDK8BC0ELDK4BC0E/DK0BC0E7DKwBC0EKDKsBC0E8DKoBC0E9DKkBC0HhAQyoAQtBwQAMpwELQcAADKYBC0HCAAylAQtBCQykAQtBLQyjAQtBwwAMogELQcQADKEBC0HFAAygAQtBxgAMnwELQccADJ4BC0HIAAydAQtByQAMnAELQcoADJsBC0HLAAyaAQtBzAAMmQELQc0ADJgBC0HOAAyXAQtBzwAMlgELQdAADJUBC0HRAAyUAQtB0gAMkwELQdMADJIBC0HVAAyRAQtB1AAMkAELQdYADI8BC0HXAAyOAQtB2AAMjQELQdkADIwBC0HaAAyLAQtB2wAMigELQdwADIkBC0HdAAyIAQtB3gAMhwELQd8ADIYBC0HgAAyFAQtB4QAMhAELQeIADIMBC0HjAAyCAQtB5AAMgQELQeUADIABC0HiAQx/C0HmAAx+C0HnAAx9C0EGDHwLQegADHsLQQUMegtB6QAMeQtBBAx4C0HqAAx3C0HrAAx2C0HsAAx1C0HtAAx0C0EDDHMLQe4ADHILQe8ADHELQfAADHALQfIADG8LQfEADG4LQfMADG0LQfQADGwLQfUADGsLQfYADGoLQQIMaQtB9wAMaAtB+AAMZwtB+QAMZgtB+gAMZQtB+wAMZAtB/AAMYwtB/QAMYgtB/gAMYQtB/wAMYAtBgAEMXwtBgQEMXgtBggEMXQtBgwEMXAtBhAEMWwtBhQEMWgtBhgEMWQtBhwEMWAtBiAEMVwtBiQEMVgtBigEMVQtBiwEMVAtBjAEMUwtBjQEMUgtBjgEMUQtBjwEMUAtBkAEMTwtBkQEMTgtBkgEMTQtBkwEMTAtBlAEMSwtBlQEMSgtBlgEMSQtBlwEMSAtBmAEMRwtBmQEMRgtBmgEMRQtBmwEMRAtBnAEMQwtBnQEMQgtBngEMQQtBnwEMQAtBoAEMPwtBoQEMPgtBogEMPQtBowEMPAtBpAEMOwtBpQEMOgtBpgEMOQtBpwEMOAtBqAEMNwtBqQEMNgtBqgEMNQtBqwEMNAtBrAEMMwtBrQEMMgtBrgEMMQtBrwEMMAtBsAEMLwtBsQEMLgtBsgEMLQtBswEMLAtBtAEMKwtBtQEMKgtBtgEMKQtBtwEMKAtBuAEMJwtBuQEMJgtBugEMJQtBuwEMJAtBvAEMIwtBvQEMIgtBvgEMIQtBvwEMIAtBwAEMHwtBwQEMHgtBwgEMHQtBAQwcC0HDAQwbC0HEAQwaC0HFAQwZC0HGAQwYC0HHAQwXC0HIAQwWC0HJAQwVC0HKAQwUC0HLAQwTC0HMAQwSC0HNAQwRC0HOAQwQC0HPAQwPC0HQAQwOC0HRAQwNC0HSAQwMC0HTAQwLC0HUAQwKC0HVAQwJC0HWAQwIC0HjAQwHC0HXAQwGC0HYAQwFC0HZAQwEC0HaAQwDC0HbAQwCC0HdAQwBC0HcAQshAgNAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCADAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJ/AkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAMCfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAg7jAQABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fICEjJCUnKCmeA5sDmgORA4oDgwOAA/0C+wL4AvIC8QLvAu0C6ALnAuYC5QLkAtwC2wLaAtkC2ALXAtYC1QLPAs4CzALLAsoCyQLIAscCxgLEAsMCvgK8AroCuQK4ArcCtgK1ArQCswKyArECsAKuAq0CqQKoAqcCpgKlAqQCowKiAqECoAKfApgCkAKMAosCigKBAv4B/QH8AfsB+gH5AfgB9wH1AfMB8AHrAekB6AHnAeYB5QHkAeMB4gHhAeAB3wHeAd0B3AHaAdkB2AHXAdYB1QHUAdMB0gHRAdABzwHOAc0BzAHLAcoByQHIAccBxgHFAcQBwwHCAcEBwAG/Ab4BvQG8AbsBugG5AbgBtwG2AbUBtAGzAbIBsQGwAa8BrgGtAawBqwGqAakBqAGnAaYBpQGkAaMBogGfAZ4BmQGYAZcBlgGVAZQBkwGSAZEBkAGPAY0BjAGHAYYBhQGEAYMBggF9fHt6eXZ1dFBRUlNUVQsgASAERw1yQf0BIQIMvgMLIAEgBEcNmAFB2wEhAgy9AwsgASAERw3xAUGOASECDLwDCyABIARHDfwBQYQBIQIMuwMLIAEgBEcNigJB/wAhAgy6AwsgASAERw2RAkH9ACECDLkDCyABIARHDZQCQfsAIQIMuAMLIAEgBEcNHkEeIQIMtwMLIAEgBEcNGUEYIQIMtgMLIAEgBEcNygJBzQAhAgy1AwsgASAERw3VAkHGACECDLQDCyABIARHDdYCQcMAIQIMswMLIAEgBEcN3AJBOCECDLIDCyADLQAwQQFGDa0DDIkDC0EAIQACQAJAAkAgAy0AKkUNACADLQArRQ0AIAMvATIiAkECcUUNAQwCCyADLwEyIgJBAXFFDQELQQEhACADLQAoQQFGDQAgAy8BNCIGQeQAa0HkAEkNACAGQcwBRg0AIAZBsAJGDQAgAkHAAHENAEEAIQAgAkGIBHFBgARGDQAgAkEocUEARyEACyADQQA7ATIgA0EAOgAxAkAgAEUEQCADQQA6ADEgAy0ALkEEcQ0BDLEDCyADQgA3AyALIANBADoAMSADQQE6ADYMSAtBACEAAkAgAygCOCICRQ0AIAIoAjAiAkUNACADIAIRAAAhAAsgAEUNSCAAQRVHDWIgA0EENgIcIAMgATYCFCADQdIbNgIQIANBFTYCDEEAIQIMrwMLIAEgBEYEQEEGIQIMrwMLIAEtAABBCkcNGSABQQFqIQEMGgsgA0IANwMgQRIhAgyUAwsgASAERw2KA0EjIQIMrAMLIAEgBEYEQEEHIQIMrAMLAkACQCABLQAAQQprDgQBGBgAGAsgAUEBaiEBQRAhAgyTAwsgAUEBaiEBIANBL2otAABBAXENF0EAIQIgA0EANgIcIAMgATYCFCADQZkgNgIQIANBGTYCDAyrAwsgAyADKQMgIgwgBCABa60iCn0iC0IAIAsgDFgbNwMgIAogDFoNGEEIIQIMqgMLIAEgBEcEQCADQQk2AgggAyABNgIEQRQhAgyRAwtBCSECDKkDCyADKQMgUA2uAgxDCyABIARGBEBBCyECDKgDCyABLQAAQQpHDRYgAUEBaiEBDBcLIANBL2otAABBAXFFDRkMJgtBACEAAkAgAygCOCICRQ0AIAIoAlAiAkUNACADIAIRAAAhAAsgAA0ZDEILQQAhAAJAIAMoAjgiAkUNACACKAJQIgJFDQAgAyACEQAAIQALIAANGgwkC0EAIQACQCADKAI4IgJFDQAgAigCUCICRQ0AIAMgAhEAACEACyAADRsMMgsgA0Evai0AAEEBcUUNHAwiC0EAIQACQCADKAI4IgJFDQAgAigCVCICRQ0AIAMgAhEAACEACyAADRwMQgtBACEAAkAgAygCOCICRQ0AIAIoAlQiAkUNACADIAIRAAAhAAsgAA0dDCALIAEgBEYEQEETIQIMoAMLAkAgAS0AACIAQQprDgQfIyMAIgsgAUEBaiEBDB8LQQAhAAJAIAMoAjgiAkUNACACKAJUIgJFDQAgAyACEQAAIQALIAANIgxCCyABIARGBEBBFiECDJ4DCyABLQAAQcDBAGotAABBAUcNIwyDAwsCQANAIAEtAABBsDtqLQAAIgBBAUcEQAJAIABBAmsOAgMAJwsgAUEBaiEBQSEhAgyGAwsgBCABQQFqIgFHDQALQRghAgydAwsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAFBAWoiARA0IgANIQxBC0EAIQACQCADKAI4IgJFDQAgAigCVCICRQ0AIAMgAhEAACEACyAADSMMKgsgASAERgRAQRwhAgybAwsgA0EKNgIIIAMgATYCBEEAIQACQCADKAI4IgJFDQAgAigCUCICRQ0AIAMgAhEAACEACyAADSVBJCECDIEDCyABIARHBEADQCABLQAAQbA9ai0AACIAQQNHBEAgAEEBaw4FGBomggMlJgsgBCABQQFqIgFHDQALQRshAgyaAwtBGyECDJkDCwNAIAEtAABBsD9qLQAAIgBBA0cEQCAAQQFrDgUPEScTJicLIAQgAUEBaiIBRw0AC0EeIQIMmAMLIAEgBEcEQCADQQs2AgggAyABNgIEQQchAgz/AgtBHyECDJcDCyABIARGBEBBICECDJcDCwJAIAEtAABBDWsOFC4/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8APwtBACECIANBADYCHCADQb8LNgIQIANBAjYCDCADIAFBAWo2AhQMlgMLIANBL2ohAgNAIAEgBEYEQEEhIQIMlwMLAkACQAJAIAEtAAAiAEEJaw4YAgApKQEpKSkpKSkpKSkpKSkpKSkpKSkCJwsgAUEBaiEBIANBL2otAABBAXFFDQoMGAsgAUEBaiEBDBcLIAFBAWohASACLQAAQQJxDQALQQAhAiADQQA2AhwgAyABNgIUIANBnxU2AhAgA0EMNgIMDJUDCyADLQAuQYABcUUNAQtBACEAAkAgAygCOCICRQ0AIAIoAlwiAkUNACADIAIRAAAhAAsgAEUN5gIgAEEVRgRAIANBJDYCHCADIAE2AhQgA0GbGzYCECADQRU2AgxBACECDJQDC0EAIQIgA0EANgIcIAMgATYCFCADQZAONgIQIANBFDYCDAyTAwtBACECIANBADYCHCADIAE2AhQgA0G+IDYCECADQQI2AgwMkgMLIAMoAgQhAEEAIQIgA0EANgIEIAMgACABIAynaiIBEDIiAEUNKyADQQc2AhwgAyABNgIUIAMgADYCDAyRAwsgAy0ALkHAAHFFDQELQQAhAAJAIAMoAjgiAkUNACACKAJYIgJFDQAgAyACEQAAIQALIABFDSsgAEEVRgRAIANBCjYCHCADIAE2AhQgA0HrGTYCECADQRU2AgxBACECDJADC0EAIQIgA0EANgIcIAMgATYCFCADQZMMNgIQIANBEzYCDAyPAwtBACECIANBADYCHCADIAE2AhQgA0GCFTYCECADQQI2AgwMjgMLQQAhAiADQQA2AhwgAyABNgIUIANB3RQ2AhAgA0EZNgIMDI0DC0EAIQIgA0EANgIcIAMgATYCFCADQeYdNgIQIANBGTYCDAyMAwsgAEEVRg09QQAhAiADQQA2AhwgAyABNgIUIANB0A82AhAgA0EiNgIMDIsDCyADKAIEIQBBACECIANBADYCBCADIAAgARAzIgBFDSggA0ENNgIcIAMgATYCFCADIAA2AgwMigMLIABBFUYNOkEAIQIgA0EANgIcIAMgATYCFCADQdAPNgIQIANBIjYCDAyJAwsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEQMyIARQRAIAFBAWohAQwoCyADQQ42AhwgAyAANgIMIAMgAUEBajYCFAyIAwsgAEEVRg03QQAhAiADQQA2AhwgAyABNgIUIANB0A82AhAgA0EiNgIMDIcDCyADKAIEIQBBACECIANBADYCBCADIAAgARAzIgBFBEAgAUEBaiEBDCcLIANBDzYCHCADIAA2AgwgAyABQQFqNgIUDIYDC0EAIQIgA0EANgIcIAMgATYCFCADQeIXNgIQIANBGTYCDAyFAwsgAEEVRg0zQQAhAiADQQA2AhwgAyABNgIUIANB1gw2AhAgA0EjNgIMDIQDCyADKAIEIQBBACECIANBADYCBCADIAAgARA0IgBFDSUgA0ERNgIcIAMgATYCFCADIAA2AgwMgwMLIABBFUYNMEEAIQIgA0EANgIcIAMgATYCFCADQdYMNgIQIANBIzYCDAyCAwsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEQNCIARQRAIAFBAWohAQwlCyADQRI2AhwgAyAANgIMIAMgAUEBajYCFAyBAwsgA0Evai0AAEEBcUUNAQtBFyECDOYCC0EAIQIgA0EANgIcIAMgATYCFCADQeIXNgIQIANBGTYCDAz+AgsgAEE7Rw0AIAFBAWohAQwMC0EAIQIgA0EANgIcIAMgATYCFCADQZIYNgIQIANBAjYCDAz8AgsgAEEVRg0oQQAhAiADQQA2AhwgAyABNgIUIANB1gw2AhAgA0EjNgIMDPsCCyADQRQ2AhwgAyABNgIUIAMgADYCDAz6AgsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEQNCIARQRAIAFBAWohAQz1AgsgA0EVNgIcIAMgADYCDCADIAFBAWo2AhQM+QILIAMoAgQhAEEAIQIgA0EANgIEIAMgACABEDQiAEUEQCABQQFqIQEM8wILIANBFzYCHCADIAA2AgwgAyABQQFqNgIUDPgCCyAAQRVGDSNBACECIANBADYCHCADIAE2AhQgA0HWDDYCECADQSM2AgwM9wILIAMoAgQhAEEAIQIgA0EANgIEIAMgACABEDQiAEUEQCABQQFqIQEMHQsgA0EZNgIcIAMgADYCDCADIAFBAWo2AhQM9gILIAMoAgQhAEEAIQIgA0EANgIEIAMgACABEDQiAEUEQCABQQFqIQEM7wILIANBGjYCHCADIAA2AgwgAyABQQFqNgIUDPUCCyAAQRVGDR9BACECIANBADYCHCADIAE2AhQgA0HQDzYCECADQSI2AgwM9AILIAMoAgQhACADQQA2AgQgAyAAIAEQMyIARQRAIAFBAWohAQwbCyADQRw2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIM8wILIAMoAgQhACADQQA2AgQgAyAAIAEQMyIARQRAIAFBAWohAQzrAgsgA0EdNgIcIAMgADYCDCADIAFBAWo2AhRBACECDPICCyAAQTtHDQEgAUEBaiEBC0EmIQIM1wILQQAhAiADQQA2AhwgAyABNgIUIANBnxU2AhAgA0EMNgIMDO8CCyABIARHBEADQCABLQAAQSBHDYQCIAQgAUEBaiIBRw0AC0EsIQIM7wILQSwhAgzuAgsgASAERgRAQTQhAgzuAgsCQAJAA0ACQCABLQAAQQprDgQCAAADAAsgBCABQQFqIgFHDQALQTQhAgzvAgsgAygCBCEAIANBADYCBCADIAAgARAxIgBFDZ8CIANBMjYCHCADIAE2AhQgAyAANgIMQQAhAgzuAgsgAygCBCEAIANBADYCBCADIAAgARAxIgBFBEAgAUEBaiEBDJ8CCyADQTI2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIM7QILIAEgBEcEQAJAA0AgAS0AAEEwayIAQf8BcUEKTwRAQTohAgzXAgsgAykDICILQpmz5syZs+bMGVYNASADIAtCCn4iCjcDICAKIACtQv8BgyILQn+FVg0BIAMgCiALfDcDICAEIAFBAWoiAUcNAAtBwAAhAgzuAgsgAygCBCEAIANBADYCBCADIAAgAUEBaiIBEDEiAA0XDOICC0HAACECDOwCCyABIARGBEBByQAhAgzsAgsCQANAAkAgAS0AAEEJaw4YAAKiAqICqQKiAqICogKiAqICogKiAqICogKiAqICogKiAqICogKiAqICogIAogILIAQgAUEBaiIBRw0AC0HJACECDOwCCyABQQFqIQEgA0Evai0AAEEBcQ2lAiADQQA2AhwgAyABNgIUIANBlxA2AhAgA0EKNgIMQQAhAgzrAgsgASAERwRAA0AgAS0AAEEgRw0VIAQgAUEBaiIBRw0AC0H4ACECDOsCC0H4ACECDOoCCyADQQI6ACgMOAtBACECIANBADYCHCADQb8LNgIQIANBAjYCDCADIAFBAWo2AhQM6AILQQAhAgzOAgtBDSECDM0CC0ETIQIMzAILQRUhAgzLAgtBFiECDMoCC0EYIQIMyQILQRkhAgzIAgtBGiECDMcCC0EbIQIMxgILQRwhAgzFAgtBHSECDMQCC0EeIQIMwwILQR8hAgzCAgtBICECDMECC0EiIQIMwAILQSMhAgy/AgtBJSECDL4CC0HlACECDL0CCyADQT02AhwgAyABNgIUIAMgADYCDEEAIQIM1QILIANBGzYCHCADIAE2AhQgA0GkHDYCECADQRU2AgxBACECDNQCCyADQSA2AhwgAyABNgIUIANBmBo2AhAgA0EVNgIMQQAhAgzTAgsgA0ETNgIcIAMgATYCFCADQZgaNgIQIANBFTYCDEEAIQIM0gILIANBCzYCHCADIAE2AhQgA0GYGjYCECADQRU2AgxBACECDNECCyADQRA2AhwgAyABNgIUIANBmBo2AhAgA0EVNgIMQQAhAgzQAgsgA0EgNgIcIAMgATYCFCADQaQcNgIQIANBFTYCDEEAIQIMzwILIANBCzYCHCADIAE2AhQgA0GkHDYCECADQRU2AgxBACECDM4CCyADQQw2AhwgAyABNgIUIANBpBw2AhAgA0EVNgIMQQAhAgzNAgtBACECIANBADYCHCADIAE2AhQgA0HdDjYCECADQRI2AgwMzAILAkADQAJAIAEtAABBCmsOBAACAgACCyAEIAFBAWoiAUcNAAtB/QEhAgzMAgsCQAJAIAMtADZBAUcNAEEAIQACQCADKAI4IgJFDQAgAigCYCICRQ0AIAMgAhEAACEACyAARQ0AIABBFUcNASADQfwBNgIcIAMgATYCFCADQdwZNgIQIANBFTYCDEEAIQIMzQILQdwBIQIMswILIANBADYCHCADIAE2AhQgA0H5CzYCECADQR82AgxBACECDMsCCwJAAkAgAy0AKEEBaw4CBAEAC0HbASECDLICC0HUASECDLECCyADQQI6ADFBACEAAkAgAygCOCICRQ0AIAIoAgAiAkUNACADIAIRAAAhAAsgAEUEQEHdASECDLECCyAAQRVHBEAgA0EANgIcIAMgATYCFCADQbQMNgIQIANBEDYCDEEAIQIMygILIANB+wE2AhwgAyABNgIUIANBgRo2AhAgA0EVNgIMQQAhAgzJAgsgASAERgRAQfoBIQIMyQILIAEtAABByABGDQEgA0EBOgAoC0HAASECDK4CC0HaASECDK0CCyABIARHBEAgA0EMNgIIIAMgATYCBEHZASECDK0CC0H5ASECDMUCCyABIARGBEBB+AEhAgzFAgsgAS0AAEHIAEcNBCABQQFqIQFB2AEhAgyrAgsgASAERgRAQfcBIQIMxAILAkACQCABLQAAQcUAaw4QAAUFBQUFBQUFBQUFBQUFAQULIAFBAWohAUHWASECDKsCCyABQQFqIQFB1wEhAgyqAgtB9gEhAiABIARGDcICIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQbrVAGotAABHDQMgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADMMCCyADKAIEIQAgA0IANwMAIAMgACAGQQFqIgEQLiIARQRAQeMBIQIMqgILIANB9QE2AhwgAyABNgIUIAMgADYCDEEAIQIMwgILQfQBIQIgASAERg3BAiADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEG41QBqLQAARw0CIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzCAgsgA0GBBDsBKCADKAIEIQAgA0IANwMAIAMgACAGQQFqIgEQLiIADQMMAgsgA0EANgIAC0EAIQIgA0EANgIcIAMgATYCFCADQeUfNgIQIANBCDYCDAy/AgtB1QEhAgylAgsgA0HzATYCHCADIAE2AhQgAyAANgIMQQAhAgy9AgtBACEAAkAgAygCOCICRQ0AIAIoAkAiAkUNACADIAIRAAAhAAsgAEUNbiAAQRVHBEAgA0EANgIcIAMgATYCFCADQYIPNgIQIANBIDYCDEEAIQIMvQILIANBjwE2AhwgAyABNgIUIANB7Bs2AhAgA0EVNgIMQQAhAgy8AgsgASAERwRAIANBDTYCCCADIAE2AgRB0wEhAgyjAgtB8gEhAgy7AgsgASAERgRAQfEBIQIMuwILAkACQAJAIAEtAABByABrDgsAAQgICAgICAgIAggLIAFBAWohAUHQASECDKMCCyABQQFqIQFB0QEhAgyiAgsgAUEBaiEBQdIBIQIMoQILQfABIQIgASAERg25AiADKAIAIgAgBCABa2ohBiABIABrQQJqIQUDQCABLQAAIABBtdUAai0AAEcNBCAAQQJGDQMgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAY2AgAMuQILQe8BIQIgASAERg24AiADKAIAIgAgBCABa2ohBiABIABrQQFqIQUDQCABLQAAIABBs9UAai0AAEcNAyAAQQFGDQIgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAY2AgAMuAILQe4BIQIgASAERg23AiADKAIAIgAgBCABa2ohBiABIABrQQJqIQUDQCABLQAAIABBsNUAai0AAEcNAiAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAY2AgAMtwILIAMoAgQhACADQgA3AwAgAyAAIAVBAWoiARArIgBFDQIgA0HsATYCHCADIAE2AhQgAyAANgIMQQAhAgy2AgsgA0EANgIACyADKAIEIQAgA0EANgIEIAMgACABECsiAEUNnAIgA0HtATYCHCADIAE2AhQgAyAANgIMQQAhAgy0AgtBzwEhAgyaAgtBACEAAkAgAygCOCICRQ0AIAIoAjQiAkUNACADIAIRAAAhAAsCQCAABEAgAEEVRg0BIANBADYCHCADIAE2AhQgA0HqDTYCECADQSY2AgxBACECDLQCC0HOASECDJoCCyADQesBNgIcIAMgATYCFCADQYAbNgIQIANBFTYCDEEAIQIMsgILIAEgBEYEQEHrASECDLICCyABLQAAQS9GBEAgAUEBaiEBDAELIANBADYCHCADIAE2AhQgA0GyODYCECADQQg2AgxBACECDLECC0HNASECDJcCCyABIARHBEAgA0EONgIIIAMgATYCBEHMASECDJcCC0HqASECDK8CCyABIARGBEBB6QEhAgyvAgsgAS0AAEEwayIAQf8BcUEKSQRAIAMgADoAKiABQQFqIQFBywEhAgyWAgsgAygCBCEAIANBADYCBCADIAAgARAvIgBFDZcCIANB6AE2AhwgAyABNgIUIAMgADYCDEEAIQIMrgILIAEgBEYEQEHnASECDK4CCwJAIAEtAABBLkYEQCABQQFqIQEMAQsgAygCBCEAIANBADYCBCADIAAgARAvIgBFDZgCIANB5gE2AhwgAyABNgIUIAMgADYCDEEAIQIMrgILQcoBIQIMlAILIAEgBEYEQEHlASECDK0CC0EAIQBBASEFQQEhB0EAIQICQAJAAkACQAJAAn8CQAJAAkACQAJAAkACQCABLQAAQTBrDgoKCQABAgMEBQYICwtBAgwGC0EDDAULQQQMBAtBBQwDC0EGDAILQQcMAQtBCAshAkEAIQVBACEHDAILQQkhAkEBIQBBACEFQQAhBwwBC0EAIQVBASECCyADIAI6ACsgAUEBaiEBAkACQCADLQAuQRBxDQACQAJAAkAgAy0AKg4DAQACBAsgB0UNAwwCCyAADQEMAgsgBUUNAQsgAygCBCEAIANBADYCBCADIAAgARAvIgBFDQIgA0HiATYCHCADIAE2AhQgAyAANgIMQQAhAgyvAgsgAygCBCEAIANBADYCBCADIAAgARAvIgBFDZoCIANB4wE2AhwgAyABNgIUIAMgADYCDEEAIQIMrgILIAMoAgQhACADQQA2AgQgAyAAIAEQLyIARQ2YAiADQeQBNgIcIAMgATYCFCADIAA2AgwMrQILQckBIQIMkwILQQAhAAJAIAMoAjgiAkUNACACKAJEIgJFDQAgAyACEQAAIQALAkAgAARAIABBFUYNASADQQA2AhwgAyABNgIUIANBpA02AhAgA0EhNgIMQQAhAgytAgtByAEhAgyTAgsgA0HhATYCHCADIAE2AhQgA0HQGjYCECADQRU2AgxBACECDKsCCyABIARGBEBB4QEhAgyrAgsCQCABLQAAQSBGBEAgA0EAOwE0IAFBAWohAQwBCyADQQA2AhwgAyABNgIUIANBmRE2AhAgA0EJNgIMQQAhAgyrAgtBxwEhAgyRAgsgASAERgRAQeABIQIMqgILAkAgAS0AAEEwa0H/AXEiAkEKSQRAIAFBAWohAQJAIAMvATQiAEGZM0sNACADIABBCmwiADsBNCAAQf7/A3EgAkH//wNzSw0AIAMgACACajsBNAwCC0EAIQIgA0EANgIcIAMgATYCFCADQZUeNgIQIANBDTYCDAyrAgsgA0EANgIcIAMgATYCFCADQZUeNgIQIANBDTYCDEEAIQIMqgILQcYBIQIMkAILIAEgBEYEQEHfASECDKkCCwJAIAEtAABBMGtB/wFxIgJBCkkEQCABQQFqIQECQCADLwE0IgBBmTNLDQAgAyAAQQpsIgA7ATQgAEH+/wNxIAJB//8Dc0sNACADIAAgAmo7ATQMAgtBACECIANBADYCHCADIAE2AhQgA0GVHjYCECADQQ02AgwMqgILIANBADYCHCADIAE2AhQgA0GVHjYCECADQQ02AgxBACECDKkCC0HFASECDI8CCyABIARGBEBB3gEhAgyoAgsCQCABLQAAQTBrQf8BcSICQQpJBEAgAUEBaiEBAkAgAy8BNCIAQZkzSw0AIAMgAEEKbCIAOwE0IABB/v8DcSACQf//A3NLDQAgAyAAIAJqOwE0DAILQQAhAiADQQA2AhwgAyABNgIUIANBlR42AhAgA0ENNgIMDKkCCyADQQA2AhwgAyABNgIUIANBlR42AhAgA0ENNgIMQQAhAgyoAgtBxAEhAgyOAgsgASAERgRAQd0BIQIMpwILAkACQAJAAkAgAS0AAEEKaw4XAgMDAAMDAwMDAwMDAwMDAwMDAwMDAwEDCyABQQFqDAULIAFBAWohAUHDASECDI8CCyABQQFqIQEgA0Evai0AAEEBcQ0IIANBADYCHCADIAE2AhQgA0GNCzYCECADQQ02AgxBACECDKcCCyADQQA2AhwgAyABNgIUIANBjQs2AhAgA0ENNgIMQQAhAgymAgsgASAERwRAIANBDzYCCCADIAE2AgRBASECDI0CC0HcASECDKUCCwJAAkADQAJAIAEtAABBCmsOBAIAAAMACyAEIAFBAWoiAUcNAAtB2wEhAgymAgsgAygCBCEAIANBADYCBCADIAAgARAtIgBFBEAgAUEBaiEBDAQLIANB2gE2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIMpQILIAMoAgQhACADQQA2AgQgAyAAIAEQLSIADQEgAUEBagshAUHBASECDIoCCyADQdkBNgIcIAMgADYCDCADIAFBAWo2AhRBACECDKICC0HCASECDIgCCyADQS9qLQAAQQFxDQEgA0EANgIcIAMgATYCFCADQeQcNgIQIANBGTYCDEEAIQIMoAILIAEgBEYEQEHZASECDKACCwJAAkACQCABLQAAQQprDgQBAgIAAgsgAUEBaiEBDAILIAFBAWohAQwBCyADLQAuQcAAcUUNAQtBACEAAkAgAygCOCICRQ0AIAIoAjwiAkUNACADIAIRAAAhAAsgAEUNoAEgAEEVRgRAIANB2QA2AhwgAyABNgIUIANBtxo2AhAgA0EVNgIMQQAhAgyfAgsgA0EANgIcIAMgATYCFCADQYANNgIQIANBGzYCDEEAIQIMngILIANBADYCHCADIAE2AhQgA0HcKDYCECADQQI2AgxBACECDJ0CCyABIARHBEAgA0EMNgIIIAMgATYCBEG/ASECDIQCC0HYASECDJwCCyABIARGBEBB1wEhAgycAgsCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAEtAABBwQBrDhUAAQIDWgQFBlpaWgcICQoLDA0ODxBaCyABQQFqIQFB+wAhAgySAgsgAUEBaiEBQfwAIQIMkQILIAFBAWohAUGBASECDJACCyABQQFqIQFBhQEhAgyPAgsgAUEBaiEBQYYBIQIMjgILIAFBAWohAUGJASECDI0CCyABQQFqIQFBigEhAgyMAgsgAUEBaiEBQY0BIQIMiwILIAFBAWohAUGWASECDIoCCyABQQFqIQFBlwEhAgyJAgsgAUEBaiEBQZgBIQIMiAILIAFBAWohAUGlASECDIcCCyABQQFqIQFBpgEhAgyGAgsgAUEBaiEBQawBIQIMhQILIAFBAWohAUG0ASECDIQCCyABQQFqIQFBtwEhAgyDAgsgAUEBaiEBQb4BIQIMggILIAEgBEYEQEHWASECDJsCCyABLQAAQc4ARw1IIAFBAWohAUG9ASECDIECCyABIARGBEBB1QEhAgyaAgsCQAJAAkAgAS0AAEHCAGsOEgBKSkpKSkpKSkoBSkpKSkpKAkoLIAFBAWohAUG4ASECDIICCyABQQFqIQFBuwEhAgyBAgsgAUEBaiEBQbwBIQIMgAILQdQBIQIgASAERg2YAiADKAIAIgAgBCABa2ohBSABIABrQQdqIQYCQANAIAEtAAAgAEGo1QBqLQAARw1FIABBB0YNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyZAgsgA0EANgIAIAZBAWohAUEbDEULIAEgBEYEQEHTASECDJgCCwJAAkAgAS0AAEHJAGsOBwBHR0dHRwFHCyABQQFqIQFBuQEhAgz/AQsgAUEBaiEBQboBIQIM/gELQdIBIQIgASAERg2WAiADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGm1QBqLQAARw1DIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyXAgsgA0EANgIAIAZBAWohAUEPDEMLQdEBIQIgASAERg2VAiADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGk1QBqLQAARw1CIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyWAgsgA0EANgIAIAZBAWohAUEgDEILQdABIQIgASAERg2UAiADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGh1QBqLQAARw1BIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyVAgsgA0EANgIAIAZBAWohAUESDEELIAEgBEYEQEHPASECDJQCCwJAAkAgAS0AAEHFAGsODgBDQ0NDQ0NDQ0NDQ0MBQwsgAUEBaiEBQbUBIQIM+wELIAFBAWohAUG2ASECDPoBC0HOASECIAEgBEYNkgIgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBntUAai0AAEcNPyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMkwILIANBADYCACAGQQFqIQFBBww/C0HNASECIAEgBEYNkQIgAygCACIAIAQgAWtqIQUgASAAa0EFaiEGAkADQCABLQAAIABBmNUAai0AAEcNPiAAQQVGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMkgILIANBADYCACAGQQFqIQFBKAw+CyABIARGBEBBzAEhAgyRAgsCQAJAAkAgAS0AAEHFAGsOEQBBQUFBQUFBQUEBQUFBQUECQQsgAUEBaiEBQbEBIQIM+QELIAFBAWohAUGyASECDPgBCyABQQFqIQFBswEhAgz3AQtBywEhAiABIARGDY8CIAMoAgAiACAEIAFraiEFIAEgAGtBBmohBgJAA0AgAS0AACAAQZHVAGotAABHDTwgAEEGRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJACCyADQQA2AgAgBkEBaiEBQRoMPAtBygEhAiABIARGDY4CIAMoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQY3VAGotAABHDTsgAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADI8CCyADQQA2AgAgBkEBaiEBQSEMOwsgASAERgRAQckBIQIMjgILAkACQCABLQAAQcEAaw4UAD09PT09PT09PT09PT09PT09PQE9CyABQQFqIQFBrQEhAgz1AQsgAUEBaiEBQbABIQIM9AELIAEgBEYEQEHIASECDI0CCwJAAkAgAS0AAEHVAGsOCwA8PDw8PDw8PDwBPAsgAUEBaiEBQa4BIQIM9AELIAFBAWohAUGvASECDPMBC0HHASECIAEgBEYNiwIgAygCACIAIAQgAWtqIQUgASAAa0EIaiEGAkADQCABLQAAIABBhNUAai0AAEcNOCAAQQhGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMjAILIANBADYCACAGQQFqIQFBKgw4CyABIARGBEBBxgEhAgyLAgsgAS0AAEHQAEcNOCABQQFqIQFBJQw3C0HFASECIAEgBEYNiQIgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBgdUAai0AAEcNNiAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMigILIANBADYCACAGQQFqIQFBDgw2CyABIARGBEBBxAEhAgyJAgsgAS0AAEHFAEcNNiABQQFqIQFBqwEhAgzvAQsgASAERgRAQcMBIQIMiAILAkACQAJAAkAgAS0AAEHCAGsODwABAjk5OTk5OTk5OTk5AzkLIAFBAWohAUGnASECDPEBCyABQQFqIQFBqAEhAgzwAQsgAUEBaiEBQakBIQIM7wELIAFBAWohAUGqASECDO4BC0HCASECIAEgBEYNhgIgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABB/tQAai0AAEcNMyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMhwILIANBADYCACAGQQFqIQFBFAwzC0HBASECIAEgBEYNhQIgAygCACIAIAQgAWtqIQUgASAAa0EEaiEGAkADQCABLQAAIABB+dQAai0AAEcNMiAAQQRGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMhgILIANBADYCACAGQQFqIQFBKwwyC0HAASECIAEgBEYNhAIgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABB9tQAai0AAEcNMSAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMhQILIANBADYCACAGQQFqIQFBLAwxC0G/ASECIAEgBEYNgwIgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBodUAai0AAEcNMCAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMhAILIANBADYCACAGQQFqIQFBEQwwC0G+ASECIAEgBEYNggIgAygCACIAIAQgAWtqIQUgASAAa0EDaiEGAkADQCABLQAAIABB8tQAai0AAEcNLyAAQQNGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMgwILIANBADYCACAGQQFqIQFBLgwvCyABIARGBEBBvQEhAgyCAgsCQAJAAkACQAJAIAEtAABBwQBrDhUANDQ0NDQ0NDQ0NAE0NAI0NAM0NAQ0CyABQQFqIQFBmwEhAgzsAQsgAUEBaiEBQZwBIQIM6wELIAFBAWohAUGdASECDOoBCyABQQFqIQFBogEhAgzpAQsgAUEBaiEBQaQBIQIM6AELIAEgBEYEQEG8ASECDIECCwJAAkAgAS0AAEHSAGsOAwAwATALIAFBAWohAUGjASECDOgBCyABQQFqIQFBBAwtC0G7ASECIAEgBEYN/wEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB8NQAai0AAEcNLCAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMgAILIANBADYCACAGQQFqIQFBHQwsCyABIARGBEBBugEhAgz/AQsCQAJAIAEtAABByQBrDgcBLi4uLi4ALgsgAUEBaiEBQaEBIQIM5gELIAFBAWohAUEiDCsLIAEgBEYEQEG5ASECDP4BCyABLQAAQdAARw0rIAFBAWohAUGgASECDOQBCyABIARGBEBBuAEhAgz9AQsCQAJAIAEtAABBxgBrDgsALCwsLCwsLCwsASwLIAFBAWohAUGeASECDOQBCyABQQFqIQFBnwEhAgzjAQtBtwEhAiABIARGDfsBIAMoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQezUAGotAABHDSggAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPwBCyADQQA2AgAgBkEBaiEBQQ0MKAtBtgEhAiABIARGDfoBIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQaHVAGotAABHDScgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPsBCyADQQA2AgAgBkEBaiEBQQwMJwtBtQEhAiABIARGDfkBIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQerUAGotAABHDSYgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPoBCyADQQA2AgAgBkEBaiEBQQMMJgtBtAEhAiABIARGDfgBIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQejUAGotAABHDSUgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPkBCyADQQA2AgAgBkEBaiEBQSYMJQsgASAERgRAQbMBIQIM+AELAkACQCABLQAAQdQAaw4CAAEnCyABQQFqIQFBmQEhAgzfAQsgAUEBaiEBQZoBIQIM3gELQbIBIQIgASAERg32ASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHm1ABqLQAARw0jIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAz3AQsgA0EANgIAIAZBAWohAUEnDCMLQbEBIQIgASAERg31ASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHk1ABqLQAARw0iIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAz2AQsgA0EANgIAIAZBAWohAUEcDCILQbABIQIgASAERg30ASADKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEHe1ABqLQAARw0hIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAz1AQsgA0EANgIAIAZBAWohAUEGDCELQa8BIQIgASAERg3zASADKAIAIgAgBCABa2ohBSABIABrQQRqIQYCQANAIAEtAAAgAEHZ1ABqLQAARw0gIABBBEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAz0AQsgA0EANgIAIAZBAWohAUEZDCALIAEgBEYEQEGuASECDPMBCwJAAkACQAJAIAEtAABBLWsOIwAkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJAEkJCQkJAIkJCQDJAsgAUEBaiEBQY4BIQIM3AELIAFBAWohAUGPASECDNsBCyABQQFqIQFBlAEhAgzaAQsgAUEBaiEBQZUBIQIM2QELQa0BIQIgASAERg3xASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHX1ABqLQAARw0eIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzyAQsgA0EANgIAIAZBAWohAUELDB4LIAEgBEYEQEGsASECDPEBCwJAAkAgAS0AAEHBAGsOAwAgASALIAFBAWohAUGQASECDNgBCyABQQFqIQFBkwEhAgzXAQsgASAERgRAQasBIQIM8AELAkACQCABLQAAQcEAaw4PAB8fHx8fHx8fHx8fHx8BHwsgAUEBaiEBQZEBIQIM1wELIAFBAWohAUGSASECDNYBCyABIARGBEBBqgEhAgzvAQsgAS0AAEHMAEcNHCABQQFqIQFBCgwbC0GpASECIAEgBEYN7QEgAygCACIAIAQgAWtqIQUgASAAa0EFaiEGAkADQCABLQAAIABB0dQAai0AAEcNGiAAQQVGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM7gELIANBADYCACAGQQFqIQFBHgwaC0GoASECIAEgBEYN7AEgAygCACIAIAQgAWtqIQUgASAAa0EGaiEGAkADQCABLQAAIABBytQAai0AAEcNGSAAQQZGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM7QELIANBADYCACAGQQFqIQFBFQwZC0GnASECIAEgBEYN6wEgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBx9QAai0AAEcNGCAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM7AELIANBADYCACAGQQFqIQFBFwwYC0GmASECIAEgBEYN6gEgAygCACIAIAQgAWtqIQUgASAAa0EFaiEGAkADQCABLQAAIABBwdQAai0AAEcNFyAAQQVGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM6wELIANBADYCACAGQQFqIQFBGAwXCyABIARGBEBBpQEhAgzqAQsCQAJAIAEtAABByQBrDgcAGRkZGRkBGQsgAUEBaiEBQYsBIQIM0QELIAFBAWohAUGMASECDNABC0GkASECIAEgBEYN6AEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBptUAai0AAEcNFSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM6QELIANBADYCACAGQQFqIQFBCQwVC0GjASECIAEgBEYN5wEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBpNUAai0AAEcNFCAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM6AELIANBADYCACAGQQFqIQFBHwwUC0GiASECIAEgBEYN5gEgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBvtQAai0AAEcNEyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM5wELIANBADYCACAGQQFqIQFBAgwTC0GhASECIAEgBEYN5QEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGA0AgAS0AACAAQbzUAGotAABHDREgAEEBRg0CIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADOUBCyABIARGBEBBoAEhAgzlAQtBASABLQAAQd8ARw0RGiABQQFqIQFBhwEhAgzLAQsgA0EANgIAIAZBAWohAUGIASECDMoBC0GfASECIAEgBEYN4gEgAygCACIAIAQgAWtqIQUgASAAa0EIaiEGAkADQCABLQAAIABBhNUAai0AAEcNDyAAQQhGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM4wELIANBADYCACAGQQFqIQFBKQwPC0GeASECIAEgBEYN4QEgAygCACIAIAQgAWtqIQUgASAAa0EDaiEGAkADQCABLQAAIABBuNQAai0AAEcNDiAAQQNGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM4gELIANBADYCACAGQQFqIQFBLQwOCyABIARGBEBBnQEhAgzhAQsgAS0AAEHFAEcNDiABQQFqIQFBhAEhAgzHAQsgASAERgRAQZwBIQIM4AELAkACQCABLQAAQcwAaw4IAA8PDw8PDwEPCyABQQFqIQFBggEhAgzHAQsgAUEBaiEBQYMBIQIMxgELQZsBIQIgASAERg3eASADKAIAIgAgBCABa2ohBSABIABrQQRqIQYCQANAIAEtAAAgAEGz1ABqLQAARw0LIABBBEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzfAQsgA0EANgIAIAZBAWohAUEjDAsLQZoBIQIgASAERg3dASADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGw1ABqLQAARw0KIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzeAQsgA0EANgIAIAZBAWohAUEADAoLIAEgBEYEQEGZASECDN0BCwJAAkAgAS0AAEHIAGsOCAAMDAwMDAwBDAsgAUEBaiEBQf0AIQIMxAELIAFBAWohAUGAASECDMMBCyABIARGBEBBmAEhAgzcAQsCQAJAIAEtAABBzgBrDgMACwELCyABQQFqIQFB/gAhAgzDAQsgAUEBaiEBQf8AIQIMwgELIAEgBEYEQEGXASECDNsBCyABLQAAQdkARw0IIAFBAWohAUEIDAcLQZYBIQIgASAERg3ZASADKAIAIgAgBCABa2ohBSABIABrQQNqIQYCQANAIAEtAAAgAEGs1ABqLQAARw0GIABBA0YNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzaAQsgA0EANgIAIAZBAWohAUEFDAYLQZUBIQIgASAERg3YASADKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGm1ABqLQAARw0FIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzZAQsgA0EANgIAIAZBAWohAUEWDAULQZQBIQIgASAERg3XASADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGh1QBqLQAARw0EIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzYAQsgA0EANgIAIAZBAWohAUEQDAQLIAEgBEYEQEGTASECDNcBCwJAAkAgAS0AAEHDAGsODAAGBgYGBgYGBgYGAQYLIAFBAWohAUH5ACECDL4BCyABQQFqIQFB+gAhAgy9AQtBkgEhAiABIARGDdUBIAMoAgAiACAEIAFraiEFIAEgAGtBBWohBgJAA0AgAS0AACAAQaDUAGotAABHDQIgAEEFRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADNYBCyADQQA2AgAgBkEBaiEBQSQMAgsgA0EANgIADAILIAEgBEYEQEGRASECDNQBCyABLQAAQcwARw0BIAFBAWohAUETCzoAKSADKAIEIQAgA0EANgIEIAMgACABEC4iAA0CDAELQQAhAiADQQA2AhwgAyABNgIUIANB/h82AhAgA0EGNgIMDNEBC0H4ACECDLcBCyADQZABNgIcIAMgATYCFCADIAA2AgxBACECDM8BC0EAIQACQCADKAI4IgJFDQAgAigCQCICRQ0AIAMgAhEAACEACyAARQ0AIABBFUYNASADQQA2AhwgAyABNgIUIANBgg82AhAgA0EgNgIMQQAhAgzOAQtB9wAhAgy0AQsgA0GPATYCHCADIAE2AhQgA0HsGzYCECADQRU2AgxBACECDMwBCyABIARGBEBBjwEhAgzMAQsCQCABLQAAQSBGBEAgAUEBaiEBDAELIANBADYCHCADIAE2AhQgA0GbHzYCECADQQY2AgxBACECDMwBC0ECIQIMsgELA0AgAS0AAEEgRw0CIAQgAUEBaiIBRw0AC0GOASECDMoBCyABIARGBEBBjQEhAgzKAQsCQCABLQAAQQlrDgRKAABKAAtB9QAhAgywAQsgAy0AKUEFRgRAQfYAIQIMsAELQfQAIQIMrwELIAEgBEYEQEGMASECDMgBCyADQRA2AgggAyABNgIEDAoLIAEgBEYEQEGLASECDMcBCwJAIAEtAABBCWsOBEcAAEcAC0HzACECDK0BCyABIARHBEAgA0EQNgIIIAMgATYCBEHxACECDK0BC0GKASECDMUBCwJAIAEgBEcEQANAIAEtAABBoNAAai0AACIAQQNHBEACQCAAQQFrDgJJAAQLQfAAIQIMrwELIAQgAUEBaiIBRw0AC0GIASECDMYBC0GIASECDMUBCyADQQA2AhwgAyABNgIUIANB2yA2AhAgA0EHNgIMQQAhAgzEAQsgASAERgRAQYkBIQIMxAELAkACQAJAIAEtAABBoNIAai0AAEEBaw4DRgIAAQtB8gAhAgysAQsgA0EANgIcIAMgATYCFCADQbQSNgIQIANBBzYCDEEAIQIMxAELQeoAIQIMqgELIAEgBEcEQCABQQFqIQFB7wAhAgyqAQtBhwEhAgzCAQsgBCABIgBGBEBBhgEhAgzCAQsgAC0AACIBQS9GBEAgAEEBaiEBQe4AIQIMqQELIAFBCWsiAkEXSw0BIAAhAUEBIAJ0QZuAgARxDUEMAQsgBCABIgBGBEBBhQEhAgzBAQsgAC0AAEEvRw0AIABBAWohAQwDC0EAIQIgA0EANgIcIAMgADYCFCADQdsgNgIQIANBBzYCDAy/AQsCQAJAAkACQAJAA0AgAS0AAEGgzgBqLQAAIgBBBUcEQAJAAkAgAEEBaw4IRwUGBwgABAEIC0HrACECDK0BCyABQQFqIQFB7QAhAgysAQsgBCABQQFqIgFHDQALQYQBIQIMwwELIAFBAWoMFAsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDR4gA0HbADYCHCADIAE2AhQgAyAANgIMQQAhAgzBAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDR4gA0HdADYCHCADIAE2AhQgAyAANgIMQQAhAgzAAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDR4gA0H6ADYCHCADIAE2AhQgAyAANgIMQQAhAgy/AQsgA0EANgIcIAMgATYCFCADQfkPNgIQIANBBzYCDEEAIQIMvgELIAEgBEYEQEGDASECDL4BCwJAIAEtAABBoM4Aai0AAEEBaw4IPgQFBgAIAgMHCyABQQFqIQELQQMhAgyjAQsgAUEBagwNC0EAIQIgA0EANgIcIANB0RI2AhAgA0EHNgIMIAMgAUEBajYCFAy6AQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDRYgA0HbADYCHCADIAE2AhQgAyAANgIMQQAhAgy5AQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDRYgA0HdADYCHCADIAE2AhQgAyAANgIMQQAhAgy4AQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDRYgA0H6ADYCHCADIAE2AhQgAyAANgIMQQAhAgy3AQsgA0EANgIcIAMgATYCFCADQfkPNgIQIANBBzYCDEEAIQIMtgELQewAIQIMnAELIAEgBEYEQEGCASECDLUBCyABQQFqDAILIAEgBEYEQEGBASECDLQBCyABQQFqDAELIAEgBEYNASABQQFqCyEBQQQhAgyYAQtBgAEhAgywAQsDQCABLQAAQaDMAGotAAAiAEECRwRAIABBAUcEQEHpACECDJkBCwwxCyAEIAFBAWoiAUcNAAtB/wAhAgyvAQsgASAERgRAQf4AIQIMrwELAkAgAS0AAEEJaw43LwMGLwQGBgYGBgYGBgYGBgYGBgYGBgYFBgYCBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGAAYLIAFBAWoLIQFBBSECDJQBCyABQQFqDAYLIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0IIANB2wA2AhwgAyABNgIUIAMgADYCDEEAIQIMqwELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0IIANB3QA2AhwgAyABNgIUIAMgADYCDEEAIQIMqgELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0IIANB+gA2AhwgAyABNgIUIAMgADYCDEEAIQIMqQELIANBADYCHCADIAE2AhQgA0GNFDYCECADQQc2AgxBACECDKgBCwJAAkACQAJAA0AgAS0AAEGgygBqLQAAIgBBBUcEQAJAIABBAWsOBi4DBAUGAAYLQegAIQIMlAELIAQgAUEBaiIBRw0AC0H9ACECDKsBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNByADQdsANgIcIAMgATYCFCADIAA2AgxBACECDKoBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNByADQd0ANgIcIAMgATYCFCADIAA2AgxBACECDKkBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNByADQfoANgIcIAMgATYCFCADIAA2AgxBACECDKgBCyADQQA2AhwgAyABNgIUIANB5Ag2AhAgA0EHNgIMQQAhAgynAQsgASAERg0BIAFBAWoLIQFBBiECDIwBC0H8ACECDKQBCwJAAkACQAJAA0AgAS0AAEGgyABqLQAAIgBBBUcEQCAAQQFrDgQpAgMEBQsgBCABQQFqIgFHDQALQfsAIQIMpwELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0DIANB2wA2AhwgAyABNgIUIAMgADYCDEEAIQIMpgELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0DIANB3QA2AhwgAyABNgIUIAMgADYCDEEAIQIMpQELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0DIANB+gA2AhwgAyABNgIUIAMgADYCDEEAIQIMpAELIANBADYCHCADIAE2AhQgA0G8CjYCECADQQc2AgxBACECDKMBC0HPACECDIkBC0HRACECDIgBC0HnACECDIcBCyABIARGBEBB+gAhAgygAQsCQCABLQAAQQlrDgQgAAAgAAsgAUEBaiEBQeYAIQIMhgELIAEgBEYEQEH5ACECDJ8BCwJAIAEtAABBCWsOBB8AAB8AC0EAIQACQCADKAI4IgJFDQAgAigCOCICRQ0AIAMgAhEAACEACyAARQRAQeIBIQIMhgELIABBFUcEQCADQQA2AhwgAyABNgIUIANByQ02AhAgA0EaNgIMQQAhAgyfAQsgA0H4ADYCHCADIAE2AhQgA0HqGjYCECADQRU2AgxBACECDJ4BCyABIARHBEAgA0ENNgIIIAMgATYCBEHkACECDIUBC0H3ACECDJ0BCyABIARGBEBB9gAhAgydAQsCQAJAAkAgAS0AAEHIAGsOCwABCwsLCwsLCwsCCwsgAUEBaiEBQd0AIQIMhQELIAFBAWohAUHgACECDIQBCyABQQFqIQFB4wAhAgyDAQtB9QAhAiABIARGDZsBIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQbXVAGotAABHDQggAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJwBCyADKAIEIQAgA0IANwMAIAMgACAGQQFqIgEQKyIABEAgA0H0ADYCHCADIAE2AhQgAyAANgIMQQAhAgycAQtB4gAhAgyCAQtBACEAAkAgAygCOCICRQ0AIAIoAjQiAkUNACADIAIRAAAhAAsCQCAABEAgAEEVRg0BIANBADYCHCADIAE2AhQgA0HqDTYCECADQSY2AgxBACECDJwBC0HhACECDIIBCyADQfMANgIcIAMgATYCFCADQYAbNgIQIANBFTYCDEEAIQIMmgELIAMtACkiAEEja0ELSQ0JAkAgAEEGSw0AQQEgAHRBygBxRQ0ADAoLQQAhAiADQQA2AhwgAyABNgIUIANB7Qk2AhAgA0EINgIMDJkBC0HyACECIAEgBEYNmAEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBs9UAai0AAEcNBSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMmQELIAMoAgQhACADQgA3AwAgAyAAIAZBAWoiARArIgAEQCADQfEANgIcIAMgATYCFCADIAA2AgxBACECDJkBC0HfACECDH8LQQAhAAJAIAMoAjgiAkUNACACKAI0IgJFDQAgAyACEQAAIQALAkAgAARAIABBFUYNASADQQA2AhwgAyABNgIUIANB6g02AhAgA0EmNgIMQQAhAgyZAQtB3gAhAgx/CyADQfAANgIcIAMgATYCFCADQYAbNgIQIANBFTYCDEEAIQIMlwELIAMtAClBIUYNBiADQQA2AhwgAyABNgIUIANBkQo2AhAgA0EINgIMQQAhAgyWAQtB7wAhAiABIARGDZUBIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQbDVAGotAABHDQIgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJYBCyADKAIEIQAgA0IANwMAIAMgACAGQQFqIgEQKyIARQ0CIANB7QA2AhwgAyABNgIUIAMgADYCDEEAIQIMlQELIANBADYCAAsgAygCBCEAIANBADYCBCADIAAgARArIgBFDYABIANB7gA2AhwgAyABNgIUIAMgADYCDEEAIQIMkwELQdwAIQIMeQtBACEAAkAgAygCOCICRQ0AIAIoAjQiAkUNACADIAIRAAAhAAsCQCAABEAgAEEVRg0BIANBADYCHCADIAE2AhQgA0HqDTYCECADQSY2AgxBACECDJMBC0HbACECDHkLIANB7AA2AhwgAyABNgIUIANBgBs2AhAgA0EVNgIMQQAhAgyRAQsgAy0AKSIAQSNJDQAgAEEuRg0AIANBADYCHCADIAE2AhQgA0HJCTYCECADQQg2AgxBACECDJABC0HaACECDHYLIAEgBEYEQEHrACECDI8BCwJAIAEtAABBL0YEQCABQQFqIQEMAQsgA0EANgIcIAMgATYCFCADQbI4NgIQIANBCDYCDEEAIQIMjwELQdkAIQIMdQsgASAERwRAIANBDjYCCCADIAE2AgRB2AAhAgx1C0HqACECDI0BCyABIARGBEBB6QAhAgyNAQsgAS0AAEEwayIAQf8BcUEKSQRAIAMgADoAKiABQQFqIQFB1wAhAgx0CyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNeiADQegANgIcIAMgATYCFCADIAA2AgxBACECDIwBCyABIARGBEBB5wAhAgyMAQsCQCABLQAAQS5GBEAgAUEBaiEBDAELIAMoAgQhACADQQA2AgQgAyAAIAEQLyIARQ17IANB5gA2AhwgAyABNgIUIAMgADYCDEEAIQIMjAELQdYAIQIMcgsgASAERgRAQeUAIQIMiwELQQAhAEEBIQVBASEHQQAhAgJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAIAEtAABBMGsOCgoJAAECAwQFBggLC0ECDAYLQQMMBQtBBAwEC0EFDAMLQQYMAgtBBwwBC0EICyECQQAhBUEAIQcMAgtBCSECQQEhAEEAIQVBACEHDAELQQAhBUEBIQILIAMgAjoAKyABQQFqIQECQAJAIAMtAC5BEHENAAJAAkACQCADLQAqDgMBAAIECyAHRQ0DDAILIAANAQwCCyAFRQ0BCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNAiADQeIANgIcIAMgATYCFCADIAA2AgxBACECDI0BCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNfSADQeMANgIcIAMgATYCFCADIAA2AgxBACECDIwBCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNeyADQeQANgIcIAMgATYCFCADIAA2AgwMiwELQdQAIQIMcQsgAy0AKUEiRg2GAUHTACECDHALQQAhAAJAIAMoAjgiAkUNACACKAJEIgJFDQAgAyACEQAAIQALIABFBEBB1QAhAgxwCyAAQRVHBEAgA0EANgIcIAMgATYCFCADQaQNNgIQIANBITYCDEEAIQIMiQELIANB4QA2AhwgAyABNgIUIANB0Bo2AhAgA0EVNgIMQQAhAgyIAQsgASAERgRAQeAAIQIMiAELAkACQAJAAkACQCABLQAAQQprDgQBBAQABAsgAUEBaiEBDAELIAFBAWohASADQS9qLQAAQQFxRQ0BC0HSACECDHALIANBADYCHCADIAE2AhQgA0G2ETYCECADQQk2AgxBACECDIgBCyADQQA2AhwgAyABNgIUIANBthE2AhAgA0EJNgIMQQAhAgyHAQsgASAERgRAQd8AIQIMhwELIAEtAABBCkYEQCABQQFqIQEMCQsgAy0ALkHAAHENCCADQQA2AhwgAyABNgIUIANBthE2AhAgA0ECNgIMQQAhAgyGAQsgASAERgRAQd0AIQIMhgELIAEtAAAiAkENRgRAIAFBAWohAUHQACECDG0LIAEhACACQQlrDgQFAQEFAQsgBCABIgBGBEBB3AAhAgyFAQsgAC0AAEEKRw0AIABBAWoMAgtBACECIANBADYCHCADIAA2AhQgA0HKLTYCECADQQc2AgwMgwELIAEgBEYEQEHbACECDIMBCwJAIAEtAABBCWsOBAMAAAMACyABQQFqCyEBQc4AIQIMaAsgASAERgRAQdoAIQIMgQELIAEtAABBCWsOBAABAQABC0EAIQIgA0EANgIcIANBmhI2AhAgA0EHNgIMIAMgAUEBajYCFAx/CyADQYASOwEqQQAhAAJAIAMoAjgiAkUNACACKAI4IgJFDQAgAyACEQAAIQALIABFDQAgAEEVRw0BIANB2QA2AhwgAyABNgIUIANB6ho2AhAgA0EVNgIMQQAhAgx+C0HNACECDGQLIANBADYCHCADIAE2AhQgA0HJDTYCECADQRo2AgxBACECDHwLIAEgBEYEQEHZACECDHwLIAEtAABBIEcNPSABQQFqIQEgAy0ALkEBcQ09IANBADYCHCADIAE2AhQgA0HCHDYCECADQR42AgxBACECDHsLIAEgBEYEQEHYACECDHsLAkACQAJAAkACQCABLQAAIgBBCmsOBAIDAwABCyABQQFqIQFBLCECDGULIABBOkcNASADQQA2AhwgAyABNgIUIANB5xE2AhAgA0EKNgIMQQAhAgx9CyABQQFqIQEgA0Evai0AAEEBcUUNcyADLQAyQYABcUUEQCADQTJqIQIgAxA1QQAhAAJAIAMoAjgiBkUNACAGKAIoIgZFDQAgAyAGEQAAIQALAkACQCAADhZNTEsBAQEBAQEBAQEBAQEBAQEBAQEAAQsgA0EpNgIcIAMgATYCFCADQawZNgIQIANBFTYCDEEAIQIMfgsgA0EANgIcIAMgATYCFCADQeULNgIQIANBETYCDEEAIQIMfQtBACEAAkAgAygCOCICRQ0AIAIoAlwiAkUNACADIAIRAAAhAAsgAEUNWSAAQRVHDQEgA0EFNgIcIAMgATYCFCADQZsbNgIQIANBFTYCDEEAIQIMfAtBywAhAgxiC0EAIQIgA0EANgIcIAMgATYCFCADQZAONgIQIANBFDYCDAx6CyADIAMvATJBgAFyOwEyDDsLIAEgBEcEQCADQRE2AgggAyABNgIEQcoAIQIMYAtB1wAhAgx4CyABIARGBEBB1gAhAgx4CwJAAkACQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxQeMAaw4TAEBAQEBAQEBAQEBAQAFAQEACA0ALIAFBAWohAUHGACECDGELIAFBAWohAUHHACECDGALIAFBAWohAUHIACECDF8LIAFBAWohAUHJACECDF4LQdUAIQIgBCABIgBGDXYgBCABayADKAIAIgFqIQYgACABa0EFaiEHA0AgAUGQyABqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0IQQQgAUEFRg0KGiABQQFqIQEgBCAAQQFqIgBHDQALIAMgBjYCAAx2C0HUACECIAQgASIARg11IAQgAWsgAygCACIBaiEGIAAgAWtBD2ohBwNAIAFBgMgAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNB0EDIAFBD0YNCRogAUEBaiEBIAQgAEEBaiIARw0ACyADIAY2AgAMdQtB0wAhAiAEIAEiAEYNdCAEIAFrIAMoAgAiAWohBiAAIAFrQQ5qIQcDQCABQeLHAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQYgAUEORg0HIAFBAWohASAEIABBAWoiAEcNAAsgAyAGNgIADHQLQdIAIQIgBCABIgBGDXMgBCABayADKAIAIgFqIQUgACABa0EBaiEGA0AgAUHgxwBqLQAAIAAtAAAiB0EgciAHIAdBwQBrQf8BcUEaSRtB/wFxRw0FIAFBAUYNAiABQQFqIQEgBCAAQQFqIgBHDQALIAMgBTYCAAxzCyABIARGBEBB0QAhAgxzCwJAAkAgAS0AACIAQSByIAAgAEHBAGtB/wFxQRpJG0H/AXFB7gBrDgcAOTk5OTkBOQsgAUEBaiEBQcMAIQIMWgsgAUEBaiEBQcQAIQIMWQsgA0EANgIAIAZBAWohAUHFACECDFgLQdAAIQIgBCABIgBGDXAgBCABayADKAIAIgFqIQYgACABa0EJaiEHA0AgAUHWxwBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0CQQIgAUEJRg0EGiABQQFqIQEgBCAAQQFqIgBHDQALIAMgBjYCAAxwC0HPACECIAQgASIARg1vIAQgAWsgAygCACIBaiEGIAAgAWtBBWohBwNAIAFB0McAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNASABQQVGDQIgAUEBaiEBIAQgAEEBaiIARw0ACyADIAY2AgAMbwsgACEBIANBADYCAAwzC0EBCzoALCADQQA2AgAgB0EBaiEBC0EtIQIMUgsCQANAIAEtAABB0MUAai0AAEEBRw0BIAQgAUEBaiIBRw0AC0HNACECDGsLQcIAIQIMUQsgASAERgRAQcwAIQIMagsgAS0AAEE6RgRAIAMoAgQhACADQQA2AgQgAyAAIAEQMCIARQ0zIANBywA2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIMagsgA0EANgIcIAMgATYCFCADQecRNgIQIANBCjYCDEEAIQIMaQsCQAJAIAMtACxBAmsOAgABJwsgA0Ezai0AAEECcUUNJiADLQAuQQJxDSYgA0EANgIcIAMgATYCFCADQaYUNgIQIANBCzYCDEEAIQIMaQsgAy0AMkEgcUUNJSADLQAuQQJxDSUgA0EANgIcIAMgATYCFCADQb0TNgIQIANBDzYCDEEAIQIMaAtBACEAAkAgAygCOCICRQ0AIAIoAkgiAkUNACADIAIRAAAhAAsgAEUEQEHBACECDE8LIABBFUcEQCADQQA2AhwgAyABNgIUIANBpg82AhAgA0EcNgIMQQAhAgxoCyADQcoANgIcIAMgATYCFCADQYUcNgIQIANBFTYCDEEAIQIMZwsgASAERwRAA0AgAS0AAEHAwQBqLQAAQQFHDRcgBCABQQFqIgFHDQALQcQAIQIMZwtBxAAhAgxmCyABIARHBEADQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxIgBBCUYNACAAQSBGDQACQAJAAkACQCAAQeMAaw4TAAMDAwMDAwMBAwMDAwMDAwMDAgMLIAFBAWohAUE2IQIMUgsgAUEBaiEBQTchAgxRCyABQQFqIQFBOCECDFALDBULIAQgAUEBaiIBRw0AC0E8IQIMZgtBPCECDGULIAEgBEYEQEHIACECDGULIANBEjYCCCADIAE2AgQCQAJAAkACQAJAIAMtACxBAWsOBBQAAQIJCyADLQAyQSBxDQNB4AEhAgxPCwJAIAMvATIiAEEIcUUNACADLQAoQQFHDQAgAy0ALkEIcUUNAgsgAyAAQff7A3FBgARyOwEyDAsLIAMgAy8BMkEQcjsBMgwECyADQQA2AgQgAyABIAEQMSIABEAgA0HBADYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgxmCyABQQFqIQEMWAsgA0EANgIcIAMgATYCFCADQfQTNgIQIANBBDYCDEEAIQIMZAtBxwAhAiABIARGDWMgAygCACIAIAQgAWtqIQUgASAAa0EGaiEGAkADQCAAQcDFAGotAAAgAS0AAEEgckcNASAAQQZGDUogAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMZAsgA0EANgIADAULAkAgASAERwRAA0AgAS0AAEHAwwBqLQAAIgBBAUcEQCAAQQJHDQMgAUEBaiEBDAULIAQgAUEBaiIBRw0AC0HFACECDGQLQcUAIQIMYwsLIANBADoALAwBC0ELIQIMRwtBPyECDEYLAkACQANAIAEtAAAiAEEgRwRAAkAgAEEKaw4EAwUFAwALIABBLEYNAwwECyAEIAFBAWoiAUcNAAtBxgAhAgxgCyADQQg6ACwMDgsgAy0AKEEBRw0CIAMtAC5BCHENAiADKAIEIQAgA0EANgIEIAMgACABEDEiAARAIANBwgA2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIMXwsgAUEBaiEBDFALQTshAgxECwJAA0AgAS0AACIAQSBHIABBCUdxDQEgBCABQQFqIgFHDQALQcMAIQIMXQsLQTwhAgxCCwJAAkAgASAERwRAA0AgAS0AACIAQSBHBEAgAEEKaw4EAwQEAwQLIAQgAUEBaiIBRw0AC0E/IQIMXQtBPyECDFwLIAMgAy8BMkEgcjsBMgwKCyADKAIEIQAgA0EANgIEIAMgACABEDEiAEUNTiADQT42AhwgAyABNgIUIAMgADYCDEEAIQIMWgsCQCABIARHBEADQCABLQAAQcDDAGotAAAiAEEBRwRAIABBAkYNAwwMCyAEIAFBAWoiAUcNAAtBNyECDFsLQTchAgxaCyABQQFqIQEMBAtBOyECIAQgASIARg1YIAQgAWsgAygCACIBaiEGIAAgAWtBBWohBwJAA0AgAUGQyABqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBBUYEQEEHIQEMPwsgAUEBaiEBIAQgAEEBaiIARw0ACyADIAY2AgAMWQsgA0EANgIAIAAhAQwFC0E6IQIgBCABIgBGDVcgBCABayADKAIAIgFqIQYgACABa0EIaiEHAkADQCABQbTBAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQEgAUEIRgRAQQUhAQw+CyABQQFqIQEgBCAAQQFqIgBHDQALIAMgBjYCAAxYCyADQQA2AgAgACEBDAQLQTkhAiAEIAEiAEYNViAEIAFrIAMoAgAiAWohBiAAIAFrQQNqIQcCQANAIAFBsMEAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNASABQQNGBEBBBiEBDD0LIAFBAWohASAEIABBAWoiAEcNAAsgAyAGNgIADFcLIANBADYCACAAIQEMAwsCQANAIAEtAAAiAEEgRwRAIABBCmsOBAcEBAcCCyAEIAFBAWoiAUcNAAtBOCECDFYLIABBLEcNASABQQFqIQBBASEBAkACQAJAAkACQCADLQAsQQVrDgQDAQIEAAsgACEBDAQLQQIhAQwBC0EEIQELIANBAToALCADIAMvATIgAXI7ATIgACEBDAELIAMgAy8BMkEIcjsBMiAAIQELQT4hAgw7CyADQQA6ACwLQTkhAgw5CyABIARGBEBBNiECDFILAkACQAJAAkACQCABLQAAQQprDgQAAgIBAgsgAygCBCEAIANBADYCBCADIAAgARAxIgBFDQIgA0EzNgIcIAMgATYCFCADIAA2AgxBACECDFULIAMoAgQhACADQQA2AgQgAyAAIAEQMSIARQRAIAFBAWohAQwGCyADQTI2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIMVAsgAy0ALkEBcQRAQd8BIQIMOwsgAygCBCEAIANBADYCBCADIAAgARAxIgANAQxJC0E0IQIMOQsgA0E1NgIcIAMgATYCFCADIAA2AgxBACECDFELQTUhAgw3CyADQS9qLQAAQQFxDQAgA0EANgIcIAMgATYCFCADQesWNgIQIANBGTYCDEEAIQIMTwtBMyECDDULIAEgBEYEQEEyIQIMTgsCQCABLQAAQQpGBEAgAUEBaiEBDAELIANBADYCHCADIAE2AhQgA0GSFzYCECADQQM2AgxBACECDE4LQTIhAgw0CyABIARGBEBBMSECDE0LAkAgAS0AACIAQQlGDQAgAEEgRg0AQQEhAgJAIAMtACxBBWsOBAYEBQANCyADIAMvATJBCHI7ATIMDAsgAy0ALkEBcUUNASADLQAsQQhHDQAgA0EAOgAsC0E9IQIMMgsgA0EANgIcIAMgATYCFCADQcIWNgIQIANBCjYCDEEAIQIMSgtBAiECDAELQQQhAgsgA0EBOgAsIAMgAy8BMiACcjsBMgwGCyABIARGBEBBMCECDEcLIAEtAABBCkYEQCABQQFqIQEMAQsgAy0ALkEBcQ0AIANBADYCHCADIAE2AhQgA0HcKDYCECADQQI2AgxBACECDEYLQTAhAgwsCyABQQFqIQFBMSECDCsLIAEgBEYEQEEvIQIMRAsgAS0AACIAQQlHIABBIEdxRQRAIAFBAWohASADLQAuQQFxDQEgA0EANgIcIAMgATYCFCADQZcQNgIQIANBCjYCDEEAIQIMRAtBASECAkACQAJAAkACQAJAIAMtACxBAmsOBwUEBAMBAgAECyADIAMvATJBCHI7ATIMAwtBAiECDAELQQQhAgsgA0EBOgAsIAMgAy8BMiACcjsBMgtBLyECDCsLIANBADYCHCADIAE2AhQgA0GEEzYCECADQQs2AgxBACECDEMLQeEBIQIMKQsgASAERgRAQS4hAgxCCyADQQA2AgQgA0ESNgIIIAMgASABEDEiAA0BC0EuIQIMJwsgA0EtNgIcIAMgATYCFCADIAA2AgxBACECDD8LQQAhAAJAIAMoAjgiAkUNACACKAJMIgJFDQAgAyACEQAAIQALIABFDQAgAEEVRw0BIANB2AA2AhwgAyABNgIUIANBsxs2AhAgA0EVNgIMQQAhAgw+C0HMACECDCQLIANBADYCHCADIAE2AhQgA0GzDjYCECADQR02AgxBACECDDwLIAEgBEYEQEHOACECDDwLIAEtAAAiAEEgRg0CIABBOkYNAQsgA0EAOgAsQQkhAgwhCyADKAIEIQAgA0EANgIEIAMgACABEDAiAA0BDAILIAMtAC5BAXEEQEHeASECDCALIAMoAgQhACADQQA2AgQgAyAAIAEQMCIARQ0CIANBKjYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgw4CyADQcsANgIcIAMgADYCDCADIAFBAWo2AhRBACECDDcLIAFBAWohAUHAACECDB0LIAFBAWohAQwsCyABIARGBEBBKyECDDULAkAgAS0AAEEKRgRAIAFBAWohAQwBCyADLQAuQcAAcUUNBgsgAy0AMkGAAXEEQEEAIQACQCADKAI4IgJFDQAgAigCXCICRQ0AIAMgAhEAACEACyAARQ0SIABBFUYEQCADQQU2AhwgAyABNgIUIANBmxs2AhAgA0EVNgIMQQAhAgw2CyADQQA2AhwgAyABNgIUIANBkA42AhAgA0EUNgIMQQAhAgw1CyADQTJqIQIgAxA1QQAhAAJAIAMoAjgiBkUNACAGKAIoIgZFDQAgAyAGEQAAIQALIAAOFgIBAAQEBAQEBAQEBAQEBAQEBAQEBAMECyADQQE6ADALIAIgAi8BAEHAAHI7AQALQSshAgwYCyADQSk2AhwgAyABNgIUIANBrBk2AhAgA0EVNgIMQQAhAgwwCyADQQA2AhwgAyABNgIUIANB5Qs2AhAgA0ERNgIMQQAhAgwvCyADQQA2AhwgAyABNgIUIANBpQs2AhAgA0ECNgIMQQAhAgwuC0EBIQcgAy8BMiIFQQhxRQRAIAMpAyBCAFIhBwsCQCADLQAwBEBBASEAIAMtAClBBUYNASAFQcAAcUUgB3FFDQELAkAgAy0AKCICQQJGBEBBASEAIAMvATQiBkHlAEYNAkEAIQAgBUHAAHENAiAGQeQARg0CIAZB5gBrQQJJDQIgBkHMAUYNAiAGQbACRg0CDAELQQAhACAFQcAAcQ0BC0ECIQAgBUEIcQ0AIAVBgARxBEACQCACQQFHDQAgAy0ALkEKcQ0AQQUhAAwCC0EEIQAMAQsgBUEgcUUEQCADEDZBAEdBAnQhAAwBC0EAQQMgAykDIFAbIQALIABBAWsOBQIABwEDBAtBESECDBMLIANBAToAMQwpC0EAIQICQCADKAI4IgBFDQAgACgCMCIARQ0AIAMgABEAACECCyACRQ0mIAJBFUYEQCADQQM2AhwgAyABNgIUIANB0hs2AhAgA0EVNgIMQQAhAgwrC0EAIQIgA0EANgIcIAMgATYCFCADQd0ONgIQIANBEjYCDAwqCyADQQA2AhwgAyABNgIUIANB+SA2AhAgA0EPNgIMQQAhAgwpC0EAIQACQCADKAI4IgJFDQAgAigCMCICRQ0AIAMgAhEAACEACyAADQELQQ4hAgwOCyAAQRVGBEAgA0ECNgIcIAMgATYCFCADQdIbNgIQIANBFTYCDEEAIQIMJwsgA0EANgIcIAMgATYCFCADQd0ONgIQIANBEjYCDEEAIQIMJgtBKiECDAwLIAEgBEcEQCADQQk2AgggAyABNgIEQSkhAgwMC0EmIQIMJAsgAyADKQMgIgwgBCABa60iCn0iC0IAIAsgDFgbNwMgIAogDFQEQEElIQIMJAsgAygCBCEAIANBADYCBCADIAAgASAMp2oiARAyIgBFDQAgA0EFNgIcIAMgATYCFCADIAA2AgxBACECDCMLQQ8hAgwJC0IAIQoCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAS0AAEEwaw43FxYAAQIDBAUGBxQUFBQUFBQICQoLDA0UFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFA4PEBESExQLQgIhCgwWC0IDIQoMFQtCBCEKDBQLQgUhCgwTC0IGIQoMEgtCByEKDBELQgghCgwQC0IJIQoMDwtCCiEKDA4LQgshCgwNC0IMIQoMDAtCDSEKDAsLQg4hCgwKC0IPIQoMCQtCCiEKDAgLQgshCgwHC0IMIQoMBgtCDSEKDAULQg4hCgwEC0IPIQoMAwsgA0EANgIcIAMgATYCFCADQZ8VNgIQIANBDDYCDEEAIQIMIQsgASAERgRAQSIhAgwhC0IAIQoCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAEtAABBMGsONxUUAAECAwQFBgcWFhYWFhYWCAkKCwwNFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYODxAREhMWC0ICIQoMFAtCAyEKDBMLQgQhCgwSC0IFIQoMEQtCBiEKDBALQgchCgwPC0IIIQoMDgtCCSEKDA0LQgohCgwMC0ILIQoMCwtCDCEKDAoLQg0hCgwJC0IOIQoMCAtCDyEKDAcLQgohCgwGC0ILIQoMBQtCDCEKDAQLQg0hCgwDC0IOIQoMAgtCDyEKDAELQgEhCgsgAUEBaiEBIAMpAyAiC0L//////////w9YBEAgAyALQgSGIAqENwMgDAILIANBADYCHCADIAE2AhQgA0G1CTYCECADQQw2AgxBACECDB4LQSchAgwEC0EoIQIMAwsgAyABOgAsIANBADYCACAHQQFqIQFBDCECDAILIANBADYCACAGQQFqIQFBCiECDAELIAFBAWohAUEIIQIMAAsAC0EAIQIgA0EANgIcIAMgATYCFCADQbI4NgIQIANBCDYCDAwXC0EAIQIgA0EANgIcIAMgATYCFCADQYMRNgIQIANBCTYCDAwWC0EAIQIgA0EANgIcIAMgATYCFCADQd8KNgIQIANBCTYCDAwVC0EAIQIgA0EANgIcIAMgATYCFCADQe0QNgIQIANBCTYCDAwUC0EAIQIgA0EANgIcIAMgATYCFCADQdIRNgIQIANBCTYCDAwTC0EAIQIgA0EANgIcIAMgATYCFCADQbI4NgIQIANBCDYCDAwSC0EAIQIgA0EANgIcIAMgATYCFCADQYMRNgIQIANBCTYCDAwRC0EAIQIgA0EANgIcIAMgATYCFCADQd8KNgIQIANBCTYCDAwQC0EAIQIgA0EANgIcIAMgATYCFCADQe0QNgIQIANBCTYCDAwPC0EAIQIgA0EANgIcIAMgATYCFCADQdIRNgIQIANBCTYCDAwOC0EAIQIgA0EANgIcIAMgATYCFCADQbkXNgIQIANBDzYCDAwNC0EAIQIgA0EANgIcIAMgATYCFCADQbkXNgIQIANBDzYCDAwMC0EAIQIgA0EANgIcIAMgATYCFCADQZkTNgIQIANBCzYCDAwLC0EAIQIgA0EANgIcIAMgATYCFCADQZ0JNgIQIANBCzYCDAwKC0EAIQIgA0EANgIcIAMgATYCFCADQZcQNgIQIANBCjYCDAwJC0EAIQIgA0EANgIcIAMgATYCFCADQbEQNgIQIANBCjYCDAwIC0EAIQIgA0EANgIcIAMgATYCFCADQbsdNgIQIANBAjYCDAwHC0EAIQIgA0EANgIcIAMgATYCFCADQZYWNgIQIANBAjYCDAwGC0EAIQIgA0EANgIcIAMgATYCFCADQfkYNgIQIANBAjYCDAwFC0EAIQIgA0EANgIcIAMgATYCFCADQcQYNgIQIANBAjYCDAwECyADQQI2AhwgAyABNgIUIANBqR42AhAgA0EWNgIMQQAhAgwDC0HeACECIAEgBEYNAiAJQQhqIQcgAygCACEFAkACQCABIARHBEAgBUGWyABqIQggBCAFaiABayEGIAVBf3NBCmoiBSABaiEAA0AgAS0AACAILQAARwRAQQIhCAwDCyAFRQRAQQAhCCAAIQEMAwsgBUEBayEFIAhBAWohCCAEIAFBAWoiAUcNAAsgBiEFIAQhAQsgB0EBNgIAIAMgBTYCAAwBCyADQQA2AgAgByAINgIACyAHIAE2AgQgCSgCDCEAAkACQCAJKAIIQQFrDgIEAQALIANBADYCHCADQcIeNgIQIANBFzYCDCADIABBAWo2AhRBACECDAMLIANBADYCHCADIAA2AhQgA0HXHjYCECADQQk2AgxBACECDAILIAEgBEYEQEEoIQIMAgsgA0EJNgIIIAMgATYCBEEnIQIMAQsgASAERgRAQQEhAgwBCwNAAkACQAJAIAEtAABBCmsOBAABAQABCyABQQFqIQEMAQsgAUEBaiEBIAMtAC5BIHENAEEAIQIgA0EANgIcIAMgATYCFCADQaEhNgIQIANBBTYCDAwCC0EBIQIgASAERw0ACwsgCUEQaiQAIAJFBEAgAygCDCEADAELIAMgAjYCHEEAIQAgAygCBCIBRQ0AIAMgASAEIAMoAggRAQAiAUUNACADIAQ2AhQgAyABNgIMIAEhAAsgAAu+AgECfyAAQQA6AAAgAEHkAGoiAUEBa0EAOgAAIABBADoAAiAAQQA6AAEgAUEDa0EAOgAAIAFBAmtBADoAACAAQQA6AAMgAUEEa0EAOgAAQQAgAGtBA3EiASAAaiIAQQA2AgBB5AAgAWtBfHEiAiAAaiIBQQRrQQA2AgACQCACQQlJDQAgAEEANgIIIABBADYCBCABQQhrQQA2AgAgAUEMa0EANgIAIAJBGUkNACAAQQA2AhggAEEANgIUIABBADYCECAAQQA2AgwgAUEQa0EANgIAIAFBFGtBADYCACABQRhrQQA2AgAgAUEca0EANgIAIAIgAEEEcUEYciICayIBQSBJDQAgACACaiEAA0AgAEIANwMYIABCADcDECAAQgA3AwggAEIANwMAIABBIGohACABQSBrIgFBH0sNAAsLC1YBAX8CQCAAKAIMDQACQAJAAkACQCAALQAxDgMBAAMCCyAAKAI4IgFFDQAgASgCMCIBRQ0AIAAgAREAACIBDQMLQQAPCwALIABByhk2AhBBDiEBCyABCxoAIAAoAgxFBEAgAEHeHzYCECAAQRU2AgwLCxQAIAAoAgxBFUYEQCAAQQA2AgwLCxQAIAAoAgxBFkYEQCAAQQA2AgwLCwcAIAAoAgwLBwAgACgCEAsJACAAIAE2AhALBwAgACgCFAsrAAJAIABBJ08NAEL//////wkgAK2IQgGDUA0AIABBAnRB0DhqKAIADwsACxcAIABBL08EQAALIABBAnRB7DlqKAIAC78JAQF/QfQtIQECQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCAAQeQAaw70A2NiAAFhYWFhYWECAwQFYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYQYHCAkKCwwNDg9hYWFhYRBhYWFhYWFhYWFhYRFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWESExQVFhcYGRobYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYRwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1NmE3ODk6YWFhYWFhYWE7YWFhPGFhYWE9Pj9hYWFhYWFhYUBhYUFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFCQ0RFRkdISUpLTE1OT1BRUlNhYWFhYWFhYVRVVldYWVpbYVxdYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhXmFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYV9gYQtB6iwPC0GYJg8LQe0xDwtBoDcPC0HJKQ8LQbQpDwtBli0PC0HrKw8LQaI1DwtB2zQPC0HgKQ8LQeMkDwtB1SQPC0HuJA8LQeYlDwtByjQPC0HQNw8LQao1DwtB9SwPC0H2Jg8LQYIiDwtB8jMPC0G+KA8LQec3DwtBzSEPC0HAIQ8LQbglDwtByyUPC0GWJA8LQY80DwtBzTUPC0HdKg8LQe4zDwtBnDQPC0GeMQ8LQfQ1DwtB5SIPC0GvJQ8LQZkxDwtBsjYPC0H5Ng8LQcQyDwtB3SwPC0GCMQ8LQcExDwtBjTcPC0HJJA8LQew2DwtB5yoPC0HIIw8LQeIhDwtByTcPC0GlIg8LQZQiDwtB2zYPC0HeNQ8LQYYmDwtBvCsPC0GLMg8LQaAjDwtB9jAPC0GALA8LQYkrDwtBpCYPC0HyIw8LQYEoDwtBqzIPC0HrJw8LQcI2DwtBoiQPC0HPKg8LQdwjDwtBhycPC0HkNA8LQbciDwtBrTEPC0HVIg8LQa80DwtB3iYPC0HWMg8LQfQ0DwtBgTgPC0H0Nw8LQZI2DwtBnScPC0GCKQ8LQY0jDwtB1zEPC0G9NQ8LQbQ3DwtB2DAPC0G2Jw8LQZo4DwtBpyoPC0HEJw8LQa4jDwtB9SIPCwALQcomIQELIAELFwAgACAALwEuQf7/A3EgAUEAR3I7AS4LGgAgACAALwEuQf3/A3EgAUEAR0EBdHI7AS4LGgAgACAALwEuQfv/A3EgAUEAR0ECdHI7AS4LGgAgACAALwEuQff/A3EgAUEAR0EDdHI7AS4LGgAgACAALwEuQe//A3EgAUEAR0EEdHI7AS4LGgAgACAALwEuQd//A3EgAUEAR0EFdHI7AS4LGgAgACAALwEuQb//A3EgAUEAR0EGdHI7AS4LGgAgACAALwEuQf/+A3EgAUEAR0EHdHI7AS4LGgAgACAALwEuQf/9A3EgAUEAR0EIdHI7AS4LGgAgACAALwEuQf/7A3EgAUEAR0EJdHI7AS4LPgECfwJAIAAoAjgiA0UNACADKAIEIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEHhEjYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIIIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEH8ETYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIMIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEHsCjYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIQIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEH6HjYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIUIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEHLEDYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIYIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEG3HzYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIcIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEG/FTYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIsIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEH+CDYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIgIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEGMHTYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIkIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEHmFTYCEEEYIQQLIAQLOAAgAAJ/IAAvATJBFHFBFEYEQEEBIAAtAChBAUYNARogAC8BNEHlAEYMAQsgAC0AKUEFRgs6ADALWQECfwJAIAAtAChBAUYNACAALwE0IgFB5ABrQeQASQ0AIAFBzAFGDQAgAUGwAkYNACAALwEyIgBBwABxDQBBASECIABBiARxQYAERg0AIABBKHFFIQILIAILjAEBAn8CQAJAAkAgAC0AKkUNACAALQArRQ0AIAAvATIiAUECcUUNAQwCCyAALwEyIgFBAXFFDQELQQEhAiAALQAoQQFGDQAgAC8BNCIAQeQAa0HkAEkNACAAQcwBRg0AIABBsAJGDQAgAUHAAHENAEEAIQIgAUGIBHFBgARGDQAgAUEocUEARyECCyACC1cAIABBGGpCADcDACAAQgA3AwAgAEE4akIANwMAIABBMGpCADcDACAAQShqQgA3AwAgAEEgakIANwMAIABBEGpCADcDACAAQQhqQgA3AwAgAEH9ATYCHAsGACAAEDoLmi0BC38jAEEQayIKJABB3NUAKAIAIglFBEBBnNkAKAIAIgVFBEBBqNkAQn83AgBBoNkAQoCAhICAgMAANwIAQZzZACAKQQhqQXBxQdiq1aoFcyIFNgIAQbDZAEEANgIAQYDZAEEANgIAC0GE2QBBwNkENgIAQdTVAEHA2QQ2AgBB6NUAIAU2AgBB5NUAQX82AgBBiNkAQcCmAzYCAANAIAFBgNYAaiABQfTVAGoiAjYCACACIAFB7NUAaiIDNgIAIAFB+NUAaiADNgIAIAFBiNYAaiABQfzVAGoiAzYCACADIAI2AgAgAUGQ1gBqIAFBhNYAaiICNgIAIAIgAzYCACABQYzWAGogAjYCACABQSBqIgFBgAJHDQALQczZBEGBpgM2AgBB4NUAQazZACgCADYCAEHQ1QBBgKYDNgIAQdzVAEHI2QQ2AgBBzP8HQTg2AgBByNkEIQkLAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAEHsAU0EQEHE1QAoAgAiBkEQIABBE2pBcHEgAEELSRsiBEEDdiIAdiIBQQNxBEACQCABQQFxIAByQQFzIgJBA3QiAEHs1QBqIgEgAEH01QBqKAIAIgAoAggiA0YEQEHE1QAgBkF+IAJ3cTYCAAwBCyABIAM2AgggAyABNgIMCyAAQQhqIQEgACACQQN0IgJBA3I2AgQgACACaiIAIAAoAgRBAXI2AgQMEQtBzNUAKAIAIgggBE8NASABBEACQEECIAB0IgJBACACa3IgASAAdHFoIgBBA3QiAkHs1QBqIgEgAkH01QBqKAIAIgIoAggiA0YEQEHE1QAgBkF+IAB3cSIGNgIADAELIAEgAzYCCCADIAE2AgwLIAIgBEEDcjYCBCAAQQN0IgAgBGshBSAAIAJqIAU2AgAgAiAEaiIEIAVBAXI2AgQgCARAIAhBeHFB7NUAaiEAQdjVACgCACEDAn9BASAIQQN2dCIBIAZxRQRAQcTVACABIAZyNgIAIAAMAQsgACgCCAsiASADNgIMIAAgAzYCCCADIAA2AgwgAyABNgIICyACQQhqIQFB2NUAIAQ2AgBBzNUAIAU2AgAMEQtByNUAKAIAIgtFDQEgC2hBAnRB9NcAaigCACIAKAIEQXhxIARrIQUgACECA0ACQCACKAIQIgFFBEAgAkEUaigCACIBRQ0BCyABKAIEQXhxIARrIgMgBUkhAiADIAUgAhshBSABIAAgAhshACABIQIMAQsLIAAoAhghCSAAKAIMIgMgAEcEQEHU1QAoAgAaIAMgACgCCCIBNgIIIAEgAzYCDAwQCyAAQRRqIgIoAgAiAUUEQCAAKAIQIgFFDQMgAEEQaiECCwNAIAIhByABIgNBFGoiAigCACIBDQAgA0EQaiECIAMoAhAiAQ0ACyAHQQA2AgAMDwtBfyEEIABBv39LDQAgAEETaiIBQXBxIQRByNUAKAIAIghFDQBBACAEayEFAkACQAJAAn9BACAEQYACSQ0AGkEfIARB////B0sNABogBEEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+agsiBkECdEH01wBqKAIAIgJFBEBBACEBQQAhAwwBC0EAIQEgBEEZIAZBAXZrQQAgBkEfRxt0IQBBACEDA0ACQCACKAIEQXhxIARrIgcgBU8NACACIQMgByIFDQBBACEFIAIhAQwDCyABIAJBFGooAgAiByAHIAIgAEEddkEEcWpBEGooAgAiAkYbIAEgBxshASAAQQF0IQAgAg0ACwsgASADckUEQEEAIQNBAiAGdCIAQQAgAGtyIAhxIgBFDQMgAGhBAnRB9NcAaigCACEBCyABRQ0BCwNAIAEoAgRBeHEgBGsiAiAFSSEAIAIgBSAAGyEFIAEgAyAAGyEDIAEoAhAiAAR/IAAFIAFBFGooAgALIgENAAsLIANFDQAgBUHM1QAoAgAgBGtPDQAgAygCGCEHIAMgAygCDCIARwRAQdTVACgCABogACADKAIIIgE2AgggASAANgIMDA4LIANBFGoiAigCACIBRQRAIAMoAhAiAUUNAyADQRBqIQILA0AgAiEGIAEiAEEUaiICKAIAIgENACAAQRBqIQIgACgCECIBDQALIAZBADYCAAwNC0HM1QAoAgAiAyAETwRAQdjVACgCACEBAkAgAyAEayICQRBPBEAgASAEaiIAIAJBAXI2AgQgASADaiACNgIAIAEgBEEDcjYCBAwBCyABIANBA3I2AgQgASADaiIAIAAoAgRBAXI2AgRBACEAQQAhAgtBzNUAIAI2AgBB2NUAIAA2AgAgAUEIaiEBDA8LQdDVACgCACIDIARLBEAgBCAJaiIAIAMgBGsiAUEBcjYCBEHc1QAgADYCAEHQ1QAgATYCACAJIARBA3I2AgQgCUEIaiEBDA8LQQAhASAEAn9BnNkAKAIABEBBpNkAKAIADAELQajZAEJ/NwIAQaDZAEKAgISAgIDAADcCAEGc2QAgCkEMakFwcUHYqtWqBXM2AgBBsNkAQQA2AgBBgNkAQQA2AgBBgIAECyIAIARBxwBqIgVqIgZBACAAayIHcSICTwRAQbTZAEEwNgIADA8LAkBB/NgAKAIAIgFFDQBB9NgAKAIAIgggAmohACAAIAFNIAAgCEtxDQBBACEBQbTZAEEwNgIADA8LQYDZAC0AAEEEcQ0EAkACQCAJBEBBhNkAIQEDQCABKAIAIgAgCU0EQCAAIAEoAgRqIAlLDQMLIAEoAggiAQ0ACwtBABA7IgBBf0YNBSACIQZBoNkAKAIAIgFBAWsiAyAAcQRAIAIgAGsgACADakEAIAFrcWohBgsgBCAGTw0FIAZB/v///wdLDQVB/NgAKAIAIgMEQEH02AAoAgAiByAGaiEBIAEgB00NBiABIANLDQYLIAYQOyIBIABHDQEMBwsgBiADayAHcSIGQf7///8HSw0EIAYQOyEAIAAgASgCACABKAIEakYNAyAAIQELAkAgBiAEQcgAak8NACABQX9GDQBBpNkAKAIAIgAgBSAGa2pBACAAa3EiAEH+////B0sEQCABIQAMBwsgABA7QX9HBEAgACAGaiEGIAEhAAwHC0EAIAZrEDsaDAQLIAEiAEF/Rw0FDAMLQQAhAwwMC0EAIQAMCgsgAEF/Rw0CC0GA2QBBgNkAKAIAQQRyNgIACyACQf7///8HSw0BIAIQOyEAQQAQOyEBIABBf0YNASABQX9GDQEgACABTw0BIAEgAGsiBiAEQThqTQ0BC0H02ABB9NgAKAIAIAZqIgE2AgBB+NgAKAIAIAFJBEBB+NgAIAE2AgALAkACQAJAQdzVACgCACICBEBBhNkAIQEDQCAAIAEoAgAiAyABKAIEIgVqRg0CIAEoAggiAQ0ACwwCC0HU1QAoAgAiAUEARyAAIAFPcUUEQEHU1QAgADYCAAtBACEBQYjZACAGNgIAQYTZACAANgIAQeTVAEF/NgIAQejVAEGc2QAoAgA2AgBBkNkAQQA2AgADQCABQYDWAGogAUH01QBqIgI2AgAgAiABQezVAGoiAzYCACABQfjVAGogAzYCACABQYjWAGogAUH81QBqIgM2AgAgAyACNgIAIAFBkNYAaiABQYTWAGoiAjYCACACIAM2AgAgAUGM1gBqIAI2AgAgAUEgaiIBQYACRw0AC0F4IABrQQ9xIgEgAGoiAiAGQThrIgMgAWsiAUEBcjYCBEHg1QBBrNkAKAIANgIAQdDVACABNgIAQdzVACACNgIAIAAgA2pBODYCBAwCCyAAIAJNDQAgAiADSQ0AIAEoAgxBCHENAEF4IAJrQQ9xIgAgAmoiA0HQ1QAoAgAgBmoiByAAayIAQQFyNgIEIAEgBSAGajYCBEHg1QBBrNkAKAIANgIAQdDVACAANgIAQdzVACADNgIAIAIgB2pBODYCBAwBCyAAQdTVACgCAEkEQEHU1QAgADYCAAsgACAGaiEDQYTZACEBAkACQAJAA0AgAyABKAIARwRAIAEoAggiAQ0BDAILCyABLQAMQQhxRQ0BC0GE2QAhAQNAIAEoAgAiAyACTQRAIAMgASgCBGoiBSACSw0DCyABKAIIIQEMAAsACyABIAA2AgAgASABKAIEIAZqNgIEIABBeCAAa0EPcWoiCSAEQQNyNgIEIANBeCADa0EPcWoiBiAEIAlqIgRrIQEgAiAGRgRAQdzVACAENgIAQdDVAEHQ1QAoAgAgAWoiADYCACAEIABBAXI2AgQMCAtB2NUAKAIAIAZGBEBB2NUAIAQ2AgBBzNUAQczVACgCACABaiIANgIAIAQgAEEBcjYCBCAAIARqIAA2AgAMCAsgBigCBCIFQQNxQQFHDQYgBUF4cSEIIAVB/wFNBEAgBUEDdiEDIAYoAggiACAGKAIMIgJGBEBBxNUAQcTVACgCAEF+IAN3cTYCAAwHCyACIAA2AgggACACNgIMDAYLIAYoAhghByAGIAYoAgwiAEcEQCAAIAYoAggiAjYCCCACIAA2AgwMBQsgBkEUaiICKAIAIgVFBEAgBigCECIFRQ0EIAZBEGohAgsDQCACIQMgBSIAQRRqIgIoAgAiBQ0AIABBEGohAiAAKAIQIgUNAAsgA0EANgIADAQLQXggAGtBD3EiASAAaiIHIAZBOGsiAyABayIBQQFyNgIEIAAgA2pBODYCBCACIAVBNyAFa0EPcWpBP2siAyADIAJBEGpJGyIDQSM2AgRB4NUAQazZACgCADYCAEHQ1QAgATYCAEHc1QAgBzYCACADQRBqQYzZACkCADcCACADQYTZACkCADcCCEGM2QAgA0EIajYCAEGI2QAgBjYCAEGE2QAgADYCAEGQ2QBBADYCACADQSRqIQEDQCABQQc2AgAgBSABQQRqIgFLDQALIAIgA0YNACADIAMoAgRBfnE2AgQgAyADIAJrIgU2AgAgAiAFQQFyNgIEIAVB/wFNBEAgBUF4cUHs1QBqIQACf0HE1QAoAgAiAUEBIAVBA3Z0IgNxRQRAQcTVACABIANyNgIAIAAMAQsgACgCCAsiASACNgIMIAAgAjYCCCACIAA2AgwgAiABNgIIDAELQR8hASAFQf///wdNBEAgBUEmIAVBCHZnIgBrdkEBcSAAQQF0a0E+aiEBCyACIAE2AhwgAkIANwIQIAFBAnRB9NcAaiEAQcjVACgCACIDQQEgAXQiBnFFBEAgACACNgIAQcjVACADIAZyNgIAIAIgADYCGCACIAI2AgggAiACNgIMDAELIAVBGSABQQF2a0EAIAFBH0cbdCEBIAAoAgAhAwJAA0AgAyIAKAIEQXhxIAVGDQEgAUEddiEDIAFBAXQhASAAIANBBHFqQRBqIgYoAgAiAw0ACyAGIAI2AgAgAiAANgIYIAIgAjYCDCACIAI2AggMAQsgACgCCCIBIAI2AgwgACACNgIIIAJBADYCGCACIAA2AgwgAiABNgIIC0HQ1QAoAgAiASAETQ0AQdzVACgCACIAIARqIgIgASAEayIBQQFyNgIEQdDVACABNgIAQdzVACACNgIAIAAgBEEDcjYCBCAAQQhqIQEMCAtBACEBQbTZAEEwNgIADAcLQQAhAAsgB0UNAAJAIAYoAhwiAkECdEH01wBqIgMoAgAgBkYEQCADIAA2AgAgAA0BQcjVAEHI1QAoAgBBfiACd3E2AgAMAgsgB0EQQRQgBygCECAGRhtqIAA2AgAgAEUNAQsgACAHNgIYIAYoAhAiAgRAIAAgAjYCECACIAA2AhgLIAZBFGooAgAiAkUNACAAQRRqIAI2AgAgAiAANgIYCyABIAhqIQEgBiAIaiIGKAIEIQULIAYgBUF+cTYCBCABIARqIAE2AgAgBCABQQFyNgIEIAFB/wFNBEAgAUF4cUHs1QBqIQACf0HE1QAoAgAiAkEBIAFBA3Z0IgFxRQRAQcTVACABIAJyNgIAIAAMAQsgACgCCAsiASAENgIMIAAgBDYCCCAEIAA2AgwgBCABNgIIDAELQR8hBSABQf///wdNBEAgAUEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+aiEFCyAEIAU2AhwgBEIANwIQIAVBAnRB9NcAaiEAQcjVACgCACICQQEgBXQiA3FFBEAgACAENgIAQcjVACACIANyNgIAIAQgADYCGCAEIAQ2AgggBCAENgIMDAELIAFBGSAFQQF2a0EAIAVBH0cbdCEFIAAoAgAhAAJAA0AgACICKAIEQXhxIAFGDQEgBUEddiEAIAVBAXQhBSACIABBBHFqQRBqIgMoAgAiAA0ACyADIAQ2AgAgBCACNgIYIAQgBDYCDCAEIAQ2AggMAQsgAigCCCIAIAQ2AgwgAiAENgIIIARBADYCGCAEIAI2AgwgBCAANgIICyAJQQhqIQEMAgsCQCAHRQ0AAkAgAygCHCIBQQJ0QfTXAGoiAigCACADRgRAIAIgADYCACAADQFByNUAIAhBfiABd3EiCDYCAAwCCyAHQRBBFCAHKAIQIANGG2ogADYCACAARQ0BCyAAIAc2AhggAygCECIBBEAgACABNgIQIAEgADYCGAsgA0EUaigCACIBRQ0AIABBFGogATYCACABIAA2AhgLAkAgBUEPTQRAIAMgBCAFaiIAQQNyNgIEIAAgA2oiACAAKAIEQQFyNgIEDAELIAMgBGoiAiAFQQFyNgIEIAMgBEEDcjYCBCACIAVqIAU2AgAgBUH/AU0EQCAFQXhxQezVAGohAAJ/QcTVACgCACIBQQEgBUEDdnQiBXFFBEBBxNUAIAEgBXI2AgAgAAwBCyAAKAIICyIBIAI2AgwgACACNgIIIAIgADYCDCACIAE2AggMAQtBHyEBIAVB////B00EQCAFQSYgBUEIdmciAGt2QQFxIABBAXRrQT5qIQELIAIgATYCHCACQgA3AhAgAUECdEH01wBqIQBBASABdCIEIAhxRQRAIAAgAjYCAEHI1QAgBCAIcjYCACACIAA2AhggAiACNgIIIAIgAjYCDAwBCyAFQRkgAUEBdmtBACABQR9HG3QhASAAKAIAIQQCQANAIAQiACgCBEF4cSAFRg0BIAFBHXYhBCABQQF0IQEgACAEQQRxakEQaiIGKAIAIgQNAAsgBiACNgIAIAIgADYCGCACIAI2AgwgAiACNgIIDAELIAAoAggiASACNgIMIAAgAjYCCCACQQA2AhggAiAANgIMIAIgATYCCAsgA0EIaiEBDAELAkAgCUUNAAJAIAAoAhwiAUECdEH01wBqIgIoAgAgAEYEQCACIAM2AgAgAw0BQcjVACALQX4gAXdxNgIADAILIAlBEEEUIAkoAhAgAEYbaiADNgIAIANFDQELIAMgCTYCGCAAKAIQIgEEQCADIAE2AhAgASADNgIYCyAAQRRqKAIAIgFFDQAgA0EUaiABNgIAIAEgAzYCGAsCQCAFQQ9NBEAgACAEIAVqIgFBA3I2AgQgACABaiIBIAEoAgRBAXI2AgQMAQsgACAEaiIHIAVBAXI2AgQgACAEQQNyNgIEIAUgB2ogBTYCACAIBEAgCEF4cUHs1QBqIQFB2NUAKAIAIQMCf0EBIAhBA3Z0IgIgBnFFBEBBxNUAIAIgBnI2AgAgAQwBCyABKAIICyICIAM2AgwgASADNgIIIAMgATYCDCADIAI2AggLQdjVACAHNgIAQczVACAFNgIACyAAQQhqIQELIApBEGokACABC0MAIABFBEA/AEEQdA8LAkAgAEH//wNxDQAgAEEASA0AIABBEHZAACIAQX9GBEBBtNkAQTA2AgBBfw8LIABBEHQPCwALC5lCIgBBgAgLDQEAAAAAAAAAAgAAAAMAQZgICwUEAAAABQBBqAgLCQYAAAAHAAAACABB5AgLwjJJbnZhbGlkIGNoYXIgaW4gdXJsIHF1ZXJ5AFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fYm9keQBDb250ZW50LUxlbmd0aCBvdmVyZmxvdwBDaHVuayBzaXplIG92ZXJmbG93AEludmFsaWQgbWV0aG9kIGZvciBIVFRQL3gueCByZXF1ZXN0AEludmFsaWQgbWV0aG9kIGZvciBSVFNQL3gueCByZXF1ZXN0AEV4cGVjdGVkIFNPVVJDRSBtZXRob2QgZm9yIElDRS94LnggcmVxdWVzdABJbnZhbGlkIGNoYXIgaW4gdXJsIGZyYWdtZW50IHN0YXJ0AEV4cGVjdGVkIGRvdABTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3N0YXR1cwBJbnZhbGlkIHJlc3BvbnNlIHN0YXR1cwBFeHBlY3RlZCBMRiBhZnRlciBoZWFkZXJzAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMAVXNlciBjYWxsYmFjayBlcnJvcgBgb25fcmVzZXRgIGNhbGxiYWNrIGVycm9yAGBvbl9jaHVua19oZWFkZXJgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXNzYWdlX2JlZ2luYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfZXh0ZW5zaW9uX3ZhbHVlYCBjYWxsYmFjayBlcnJvcgBgb25fc3RhdHVzX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fdmVyc2lvbl9jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3VybF9jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3Byb3RvY29sX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9oZWFkZXJfdmFsdWVfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXNzYWdlX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fbWV0aG9kX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25faGVhZGVyX2ZpZWxkX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfZXh0ZW5zaW9uX25hbWVgIGNhbGxiYWNrIGVycm9yAFVuZXhwZWN0ZWQgY2hhciBpbiB1cmwgc2VydmVyAEludmFsaWQgaGVhZGVyIHZhbHVlIGNoYXIASW52YWxpZCBoZWFkZXIgZmllbGQgY2hhcgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3ZlcnNpb24ASW52YWxpZCBtaW5vciB2ZXJzaW9uAEludmFsaWQgbWFqb3IgdmVyc2lvbgBFeHBlY3RlZCBzcGFjZSBhZnRlciB2ZXJzaW9uAEV4cGVjdGVkIENSTEYgYWZ0ZXIgdmVyc2lvbgBJbnZhbGlkIEhUVFAgdmVyc2lvbgBJbnZhbGlkIGhlYWRlciB0b2tlbgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3VybABJbnZhbGlkIGNoYXJhY3RlcnMgaW4gdXJsAFVuZXhwZWN0ZWQgc3RhcnQgY2hhciBpbiB1cmwARG91YmxlIEAgaW4gdXJsAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fcHJvdG9jb2wARW1wdHkgQ29udGVudC1MZW5ndGgASW52YWxpZCBjaGFyYWN0ZXIgaW4gQ29udGVudC1MZW5ndGgAVHJhbnNmZXItRW5jb2RpbmcgY2FuJ3QgYmUgcHJlc2VudCB3aXRoIENvbnRlbnQtTGVuZ3RoAER1cGxpY2F0ZSBDb250ZW50LUxlbmd0aABJbnZhbGlkIGNoYXIgaW4gdXJsIHBhdGgAQ29udGVudC1MZW5ndGggY2FuJ3QgYmUgcHJlc2VudCB3aXRoIFRyYW5zZmVyLUVuY29kaW5nAE1pc3NpbmcgZXhwZWN0ZWQgQ1IgYWZ0ZXIgY2h1bmsgc2l6ZQBFeHBlY3RlZCBMRiBhZnRlciBjaHVuayBzaXplAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIHNpemUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfdmFsdWUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9jaHVua19leHRlbnNpb25fdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyB2YWx1ZQBVbmV4cGVjdGVkIHdoaXRlc3BhY2UgYWZ0ZXIgaGVhZGVyIHZhbHVlAE1pc3NpbmcgZXhwZWN0ZWQgQ1IgYWZ0ZXIgaGVhZGVyIHZhbHVlAE1pc3NpbmcgZXhwZWN0ZWQgTEYgYWZ0ZXIgaGVhZGVyIHZhbHVlAEludmFsaWQgYFRyYW5zZmVyLUVuY29kaW5nYCBoZWFkZXIgdmFsdWUATWlzc2luZyBleHBlY3RlZCBDUiBhZnRlciBjaHVuayBleHRlbnNpb24gdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBxdW90ZSB2YWx1ZQBJbnZhbGlkIHF1b3RlZC1wYWlyIGluIGNodW5rIGV4dGVuc2lvbnMgcXVvdGVkIHZhbHVlAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMgcXVvdGVkIHZhbHVlAFBhdXNlZCBieSBvbl9oZWFkZXJzX2NvbXBsZXRlAEludmFsaWQgRU9GIHN0YXRlAG9uX3Jlc2V0IHBhdXNlAG9uX2NodW5rX2hlYWRlciBwYXVzZQBvbl9tZXNzYWdlX2JlZ2luIHBhdXNlAG9uX2NodW5rX2V4dGVuc2lvbl92YWx1ZSBwYXVzZQBvbl9zdGF0dXNfY29tcGxldGUgcGF1c2UAb25fdmVyc2lvbl9jb21wbGV0ZSBwYXVzZQBvbl91cmxfY29tcGxldGUgcGF1c2UAb25fcHJvdG9jb2xfY29tcGxldGUgcGF1c2UAb25fY2h1bmtfY29tcGxldGUgcGF1c2UAb25faGVhZGVyX3ZhbHVlX2NvbXBsZXRlIHBhdXNlAG9uX21lc3NhZ2VfY29tcGxldGUgcGF1c2UAb25fbWV0aG9kX2NvbXBsZXRlIHBhdXNlAG9uX2hlYWRlcl9maWVsZF9jb21wbGV0ZSBwYXVzZQBvbl9jaHVua19leHRlbnNpb25fbmFtZSBwYXVzZQBVbmV4cGVjdGVkIHNwYWNlIGFmdGVyIHN0YXJ0IGxpbmUATWlzc2luZyBleHBlY3RlZCBDUiBhZnRlciByZXNwb25zZSBsaW5lAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fY2h1bmtfZXh0ZW5zaW9uX25hbWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBuYW1lAE1pc3NpbmcgZXhwZWN0ZWQgQ1IgYWZ0ZXIgY2h1bmsgZXh0ZW5zaW9uIG5hbWUASW52YWxpZCBzdGF0dXMgY29kZQBQYXVzZSBvbiBDT05ORUNUL1VwZ3JhZGUAUGF1c2Ugb24gUFJJL1VwZ3JhZGUARXhwZWN0ZWQgSFRUUC8yIENvbm5lY3Rpb24gUHJlZmFjZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX21ldGhvZABFeHBlY3RlZCBzcGFjZSBhZnRlciBtZXRob2QAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfZmllbGQAUGF1c2VkAEludmFsaWQgd29yZCBlbmNvdW50ZXJlZABJbnZhbGlkIG1ldGhvZCBlbmNvdW50ZXJlZABNaXNzaW5nIGV4cGVjdGVkIENSIGFmdGVyIGNodW5rIGRhdGEARXhwZWN0ZWQgTEYgYWZ0ZXIgY2h1bmsgZGF0YQBVbmV4cGVjdGVkIGNoYXIgaW4gdXJsIHNjaGVtYQBSZXF1ZXN0IGhhcyBpbnZhbGlkIGBUcmFuc2Zlci1FbmNvZGluZ2AARGF0YSBhZnRlciBgQ29ubmVjdGlvbjogY2xvc2VgAFNXSVRDSF9QUk9YWQBVU0VfUFJPWFkATUtBQ1RJVklUWQBVTlBST0NFU1NBQkxFX0VOVElUWQBRVUVSWQBDT1BZAE1PVkVEX1BFUk1BTkVOVExZAFRPT19FQVJMWQBOT1RJRlkARkFJTEVEX0RFUEVOREVOQ1kAQkFEX0dBVEVXQVkAUExBWQBQVVQAQ0hFQ0tPVVQAR0FURVdBWV9USU1FT1VUAFJFUVVFU1RfVElNRU9VVABORVRXT1JLX0NPTk5FQ1RfVElNRU9VVABDT05ORUNUSU9OX1RJTUVPVVQATE9HSU5fVElNRU9VVABORVRXT1JLX1JFQURfVElNRU9VVABQT1NUAE1JU0RJUkVDVEVEX1JFUVVFU1QAQ0xJRU5UX0NMT1NFRF9SRVFVRVNUAENMSUVOVF9DTE9TRURfTE9BRF9CQUxBTkNFRF9SRVFVRVNUAEJBRF9SRVFVRVNUAEhUVFBfUkVRVUVTVF9TRU5UX1RPX0hUVFBTX1BPUlQAUkVQT1JUAElNX0FfVEVBUE9UAFJFU0VUX0NPTlRFTlQATk9fQ09OVEVOVABQQVJUSUFMX0NPTlRFTlQASFBFX0lOVkFMSURfQ09OU1RBTlQASFBFX0NCX1JFU0VUAEdFVABIUEVfU1RSSUNUAENPTkZMSUNUAFRFTVBPUkFSWV9SRURJUkVDVABQRVJNQU5FTlRfUkVESVJFQ1QAQ09OTkVDVABNVUxUSV9TVEFUVVMASFBFX0lOVkFMSURfU1RBVFVTAFRPT19NQU5ZX1JFUVVFU1RTAEVBUkxZX0hJTlRTAFVOQVZBSUxBQkxFX0ZPUl9MRUdBTF9SRUFTT05TAE9QVElPTlMAU1dJVENISU5HX1BST1RPQ09MUwBWQVJJQU5UX0FMU09fTkVHT1RJQVRFUwBNVUxUSVBMRV9DSE9JQ0VTAElOVEVSTkFMX1NFUlZFUl9FUlJPUgBXRUJfU0VSVkVSX1VOS05PV05fRVJST1IAUkFJTEdVTl9FUlJPUgBJREVOVElUWV9QUk9WSURFUl9BVVRIRU5USUNBVElPTl9FUlJPUgBTU0xfQ0VSVElGSUNBVEVfRVJST1IASU5WQUxJRF9YX0ZPUldBUkRFRF9GT1IAU0VUX1BBUkFNRVRFUgBHRVRfUEFSQU1FVEVSAEhQRV9VU0VSAFNFRV9PVEhFUgBIUEVfQ0JfQ0hVTktfSEVBREVSAEV4cGVjdGVkIExGIGFmdGVyIENSAE1LQ0FMRU5EQVIAU0VUVVAAV0VCX1NFUlZFUl9JU19ET1dOAFRFQVJET1dOAEhQRV9DTE9TRURfQ09OTkVDVElPTgBIRVVSSVNUSUNfRVhQSVJBVElPTgBESVNDT05ORUNURURfT1BFUkFUSU9OAE5PTl9BVVRIT1JJVEFUSVZFX0lORk9STUFUSU9OAEhQRV9JTlZBTElEX1ZFUlNJT04ASFBFX0NCX01FU1NBR0VfQkVHSU4AU0lURV9JU19GUk9aRU4ASFBFX0lOVkFMSURfSEVBREVSX1RPS0VOAElOVkFMSURfVE9LRU4ARk9SQklEREVOAEVOSEFOQ0VfWU9VUl9DQUxNAEhQRV9JTlZBTElEX1VSTABCTE9DS0VEX0JZX1BBUkVOVEFMX0NPTlRST0wATUtDT0wAQUNMAEhQRV9JTlRFUk5BTABSRVFVRVNUX0hFQURFUl9GSUVMRFNfVE9PX0xBUkdFX1VOT0ZGSUNJQUwASFBFX09LAFVOTElOSwBVTkxPQ0sAUFJJAFJFVFJZX1dJVEgASFBFX0lOVkFMSURfQ09OVEVOVF9MRU5HVEgASFBFX1VORVhQRUNURURfQ09OVEVOVF9MRU5HVEgARkxVU0gAUFJPUFBBVENIAE0tU0VBUkNIAFVSSV9UT09fTE9ORwBQUk9DRVNTSU5HAE1JU0NFTExBTkVPVVNfUEVSU0lTVEVOVF9XQVJOSU5HAE1JU0NFTExBTkVPVVNfV0FSTklORwBIUEVfSU5WQUxJRF9UUkFOU0ZFUl9FTkNPRElORwBFeHBlY3RlZCBDUkxGAEhQRV9JTlZBTElEX0NIVU5LX1NJWkUATU9WRQBDT05USU5VRQBIUEVfQ0JfU1RBVFVTX0NPTVBMRVRFAEhQRV9DQl9IRUFERVJTX0NPTVBMRVRFAEhQRV9DQl9WRVJTSU9OX0NPTVBMRVRFAEhQRV9DQl9VUkxfQ09NUExFVEUASFBFX0NCX1BST1RPQ09MX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19DT01QTEVURQBIUEVfQ0JfSEVBREVSX1ZBTFVFX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19FWFRFTlNJT05fVkFMVUVfQ09NUExFVEUASFBFX0NCX0NIVU5LX0VYVEVOU0lPTl9OQU1FX0NPTVBMRVRFAEhQRV9DQl9NRVNTQUdFX0NPTVBMRVRFAEhQRV9DQl9NRVRIT0RfQ09NUExFVEUASFBFX0NCX0hFQURFUl9GSUVMRF9DT01QTEVURQBERUxFVEUASFBFX0lOVkFMSURfRU9GX1NUQVRFAElOVkFMSURfU1NMX0NFUlRJRklDQVRFAFBBVVNFAE5PX1JFU1BPTlNFAFVOU1VQUE9SVEVEX01FRElBX1RZUEUAR09ORQBOT1RfQUNDRVBUQUJMRQBTRVJWSUNFX1VOQVZBSUxBQkxFAFJBTkdFX05PVF9TQVRJU0ZJQUJMRQBPUklHSU5fSVNfVU5SRUFDSEFCTEUAUkVTUE9OU0VfSVNfU1RBTEUAUFVSR0UATUVSR0UAUkVRVUVTVF9IRUFERVJfRklFTERTX1RPT19MQVJHRQBSRVFVRVNUX0hFQURFUl9UT09fTEFSR0UAUEFZTE9BRF9UT09fTEFSR0UASU5TVUZGSUNJRU5UX1NUT1JBR0UASFBFX1BBVVNFRF9VUEdSQURFAEhQRV9QQVVTRURfSDJfVVBHUkFERQBTT1VSQ0UAQU5OT1VOQ0UAVFJBQ0UASFBFX1VORVhQRUNURURfU1BBQ0UAREVTQ1JJQkUAVU5TVUJTQ1JJQkUAUkVDT1JEAEhQRV9JTlZBTElEX01FVEhPRABOT1RfRk9VTkQAUFJPUEZJTkQAVU5CSU5EAFJFQklORABVTkFVVEhPUklaRUQATUVUSE9EX05PVF9BTExPV0VEAEhUVFBfVkVSU0lPTl9OT1RfU1VQUE9SVEVEAEFMUkVBRFlfUkVQT1JURUQAQUNDRVBURUQATk9UX0lNUExFTUVOVEVEAExPT1BfREVURUNURUQASFBFX0NSX0VYUEVDVEVEAEhQRV9MRl9FWFBFQ1RFRABDUkVBVEVEAElNX1VTRUQASFBFX1BBVVNFRABUSU1FT1VUX09DQ1VSRUQAUEFZTUVOVF9SRVFVSVJFRABQUkVDT05ESVRJT05fUkVRVUlSRUQAUFJPWFlfQVVUSEVOVElDQVRJT05fUkVRVUlSRUQATkVUV09SS19BVVRIRU5USUNBVElPTl9SRVFVSVJFRABMRU5HVEhfUkVRVUlSRUQAU1NMX0NFUlRJRklDQVRFX1JFUVVJUkVEAFVQR1JBREVfUkVRVUlSRUQAUEFHRV9FWFBJUkVEAFBSRUNPTkRJVElPTl9GQUlMRUQARVhQRUNUQVRJT05fRkFJTEVEAFJFVkFMSURBVElPTl9GQUlMRUQAU1NMX0hBTkRTSEFLRV9GQUlMRUQATE9DS0VEAFRSQU5TRk9STUFUSU9OX0FQUExJRUQATk9UX01PRElGSUVEAE5PVF9FWFRFTkRFRABCQU5EV0lEVEhfTElNSVRfRVhDRUVERUQAU0lURV9JU19PVkVSTE9BREVEAEhFQUQARXhwZWN0ZWQgSFRUUC8sIFJUU1AvIG9yIElDRS8A5xUAAK8VAACkEgAAkhoAACYWAACeFAAA2xkAAHkVAAB+EgAA/hQAADYVAAALFgAA2BYAAPMSAABCGAAArBYAABIVAAAUFwAA7xcAAEgUAABxFwAAshoAAGsZAAB+GQAANRQAAIIaAABEFwAA/RYAAB4YAACHFwAAqhkAAJMSAAAHGAAALBcAAMoXAACkFwAA5xUAAOcVAABYFwAAOxgAAKASAAAtHAAAwxEAAEgRAADeEgAAQhMAAKQZAAD9EAAA9xUAAKUVAADvFgAA+BkAAEoWAABWFgAA9RUAAAoaAAAIGgAAARoAAKsVAABCEgAA1xAAAEwRAAAFGQAAVBYAAB4RAADKGQAAyBkAAE4WAAD/GAAAcRQAAPAVAADuFQAAlBkAAPwVAAC/GQAAmxkAAHwUAABDEQAAcBgAAJUUAAAnFAAAGRQAANUSAADUGQAARBYAAPcQAEG5OwsBAQBB0DsL4AEBAQIBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEDAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBuj0LBAEAAAIAQdE9C14DBAMDAwMDAAADAwADAwADAwMDAwMDAwMDAAUAAAAAAAMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAwADAEG6PwsEAQAAAgBB0T8LXgMAAwMDAwMAAAMDAAMDAAMDAwMDAwMDAwMABAAFAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwADAAMAQbDBAAsNbG9zZWVlcC1hbGl2ZQBBycEACwEBAEHgwQAL4AEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBycMACwEBAEHgwwAL5wEBAQEBAQEBAQEBAQECAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAWNodW5rZWQAQfHFAAteAQABAQEBAQAAAQEAAQEAAQEBAQEBAQEBAQAAAAAAAAABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQAAAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEAAQBB0McACyFlY3Rpb25lbnQtbGVuZ3Rob25yb3h5LWNvbm5lY3Rpb24AQYDIAAsgcmFuc2Zlci1lbmNvZGluZ3BncmFkZQ0KDQpTTQ0KDQoAQanIAAsFAQIAAQMAQcDIAAtfBAUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUAQanKAAsFAQIAAQMAQcDKAAtfBAUFBgUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUAQanMAAsEAQAAAQBBwcwAC14CAgACAgICAgICAgICAgICAgICAgICAgICAgICAgIAAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAEGpzgALBQECAAEDAEHAzgALXwQFAAAFBQUFBQUFBQUFBQYFBQUFBQUFBQUFBQUABQAHCAUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQAFAAUABQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUAAAAFAEGp0AALBQEBAAEBAEHA0AALAQEAQdrQAAtBAgAAAAAAAAMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAAAAAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAQanSAAsFAQEAAQEAQcDSAAsBAQBBytIACwYCAAAAAAIAQeHSAAs6AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAAAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwBBoNQAC50BTk9VTkNFRUNLT1VUTkVDVEVURUNSSUJFTFVTSEVURUFEU0VBUkNIUkdFQ1RJVklUWUxFTkRBUlZFT1RJRllQVElPTlNDSFNFQVlTVEFUQ0hHRVVFUllPUkRJUkVDVE9SVFJDSFBBUkFNRVRFUlVSQ0VCU0NSSUJFQVJET1dOQUNFSU5ETktDS1VCU0NSSUJFVFRQQ0VUU1BBRFRQLw==";
    var wasmBuffer;
    Object.defineProperty(module, "exports", {
      get: () => {
        return wasmBuffer ? wasmBuffer : wasmBuffer = Buffer13.from(wasmBase64, "base64");
      }
    });
  }
});

// node_modules/undici/lib/llhttp/llhttp_simd-wasm.js
var require_llhttp_simd_wasm = __commonJS({
  "node_modules/undici/lib/llhttp/llhttp_simd-wasm.js"(exports, module) {
    "use strict";
    var { Buffer: Buffer13 } = __require("node:buffer");
    var wasmBase64 = "AGFzbQEAAAABJwdgAX8Bf2ADf39/AX9gAn9/AGABfwBgBH9/f38Bf2AAAGADf39/AALLAQgDZW52GHdhc21fb25faGVhZGVyc19jb21wbGV0ZQAEA2VudhV3YXNtX29uX21lc3NhZ2VfYmVnaW4AAANlbnYLd2FzbV9vbl91cmwAAQNlbnYOd2FzbV9vbl9zdGF0dXMAAQNlbnYUd2FzbV9vbl9oZWFkZXJfZmllbGQAAQNlbnYUd2FzbV9vbl9oZWFkZXJfdmFsdWUAAQNlbnYMd2FzbV9vbl9ib2R5AAEDZW52GHdhc21fb25fbWVzc2FnZV9jb21wbGV0ZQAAAzU0BQYAAAMAAAAAAAADAQMAAwMDAAACAAAAAAICAgICAgICAgIBAQEBAQEBAQEBAwAAAwAAAAQFAXABExMFAwEAAgYIAX8BQcDZBAsHxQcoBm1lbW9yeQIAC19pbml0aWFsaXplAAgZX19pbmRpcmVjdF9mdW5jdGlvbl90YWJsZQEAC2xsaHR0cF9pbml0AAkYbGxodHRwX3Nob3VsZF9rZWVwX2FsaXZlADcMbGxodHRwX2FsbG9jAAsGbWFsbG9jADkLbGxodHRwX2ZyZWUADARmcmVlAAwPbGxodHRwX2dldF90eXBlAA0VbGxodHRwX2dldF9odHRwX21ham9yAA4VbGxodHRwX2dldF9odHRwX21pbm9yAA8RbGxodHRwX2dldF9tZXRob2QAEBZsbGh0dHBfZ2V0X3N0YXR1c19jb2RlABESbGxodHRwX2dldF91cGdyYWRlABIMbGxodHRwX3Jlc2V0ABMObGxodHRwX2V4ZWN1dGUAFBRsbGh0dHBfc2V0dGluZ3NfaW5pdAAVDWxsaHR0cF9maW5pc2gAFgxsbGh0dHBfcGF1c2UAFw1sbGh0dHBfcmVzdW1lABgbbGxodHRwX3Jlc3VtZV9hZnRlcl91cGdyYWRlABkQbGxodHRwX2dldF9lcnJubwAaF2xsaHR0cF9nZXRfZXJyb3JfcmVhc29uABsXbGxodHRwX3NldF9lcnJvcl9yZWFzb24AHBRsbGh0dHBfZ2V0X2Vycm9yX3BvcwAdEWxsaHR0cF9lcnJub19uYW1lAB4SbGxodHRwX21ldGhvZF9uYW1lAB8SbGxodHRwX3N0YXR1c19uYW1lACAabGxodHRwX3NldF9sZW5pZW50X2hlYWRlcnMAISFsbGh0dHBfc2V0X2xlbmllbnRfY2h1bmtlZF9sZW5ndGgAIh1sbGh0dHBfc2V0X2xlbmllbnRfa2VlcF9hbGl2ZQAjJGxsaHR0cF9zZXRfbGVuaWVudF90cmFuc2Zlcl9lbmNvZGluZwAkGmxsaHR0cF9zZXRfbGVuaWVudF92ZXJzaW9uACUjbGxodHRwX3NldF9sZW5pZW50X2RhdGFfYWZ0ZXJfY2xvc2UAJidsbGh0dHBfc2V0X2xlbmllbnRfb3B0aW9uYWxfbGZfYWZ0ZXJfY3IAJyxsbGh0dHBfc2V0X2xlbmllbnRfb3B0aW9uYWxfY3JsZl9hZnRlcl9jaHVuawAoKGxsaHR0cF9zZXRfbGVuaWVudF9vcHRpb25hbF9jcl9iZWZvcmVfbGYAKSpsbGh0dHBfc2V0X2xlbmllbnRfc3BhY2VzX2FmdGVyX2NodW5rX3NpemUAKhhsbGh0dHBfbWVzc2FnZV9uZWVkc19lb2YANgkYAQBBAQsSAQIDBAUKBgcyNDMuKy8tLDAxCuzaAjQWAEHA1QAoAgAEQAALQcDVAEEBNgIACxQAIAAQOCAAIAI2AjggACABOgAoCxQAIAAgAC8BNCAALQAwIAAQNxAACx4BAX9BwAAQOiIBEDggAUGACDYCOCABIAA6ACggAQuPDAEHfwJAIABFDQAgAEEIayIBIABBBGsoAgAiAEF4cSIEaiEFAkAgAEEBcQ0AIABBA3FFDQEgASABKAIAIgBrIgFB1NUAKAIASQ0BIAAgBGohBAJAAkBB2NUAKAIAIAFHBEAgAEH/AU0EQCAAQQN2IQMgASgCCCIAIAEoAgwiAkYEQEHE1QBBxNUAKAIAQX4gA3dxNgIADAULIAIgADYCCCAAIAI2AgwMBAsgASgCGCEGIAEgASgCDCIARwRAIAAgASgCCCICNgIIIAIgADYCDAwDCyABQRRqIgMoAgAiAkUEQCABKAIQIgJFDQIgAUEQaiEDCwNAIAMhByACIgBBFGoiAygCACICDQAgAEEQaiEDIAAoAhAiAg0ACyAHQQA2AgAMAgsgBSgCBCIAQQNxQQNHDQIgBSAAQX5xNgIEQczVACAENgIAIAUgBDYCACABIARBAXI2AgQMAwtBACEACyAGRQ0AAkAgASgCHCICQQJ0QfTXAGoiAygCACABRgRAIAMgADYCACAADQFByNUAQcjVACgCAEF+IAJ3cTYCAAwCCyAGQRBBFCAGKAIQIAFGG2ogADYCACAARQ0BCyAAIAY2AhggASgCECICBEAgACACNgIQIAIgADYCGAsgAUEUaigCACICRQ0AIABBFGogAjYCACACIAA2AhgLIAEgBU8NACAFKAIEIgBBAXFFDQACQAJAAkACQCAAQQJxRQRAQdzVACgCACAFRgRAQdzVACABNgIAQdDVAEHQ1QAoAgAgBGoiADYCACABIABBAXI2AgQgAUHY1QAoAgBHDQZBzNUAQQA2AgBB2NUAQQA2AgAMBgtB2NUAKAIAIAVGBEBB2NUAIAE2AgBBzNUAQczVACgCACAEaiIANgIAIAEgAEEBcjYCBCAAIAFqIAA2AgAMBgsgAEF4cSAEaiEEIABB/wFNBEAgAEEDdiEDIAUoAggiACAFKAIMIgJGBEBBxNUAQcTVACgCAEF+IAN3cTYCAAwFCyACIAA2AgggACACNgIMDAQLIAUoAhghBiAFIAUoAgwiAEcEQEHU1QAoAgAaIAAgBSgCCCICNgIIIAIgADYCDAwDCyAFQRRqIgMoAgAiAkUEQCAFKAIQIgJFDQIgBUEQaiEDCwNAIAMhByACIgBBFGoiAygCACICDQAgAEEQaiEDIAAoAhAiAg0ACyAHQQA2AgAMAgsgBSAAQX5xNgIEIAEgBGogBDYCACABIARBAXI2AgQMAwtBACEACyAGRQ0AAkAgBSgCHCICQQJ0QfTXAGoiAygCACAFRgRAIAMgADYCACAADQFByNUAQcjVACgCAEF+IAJ3cTYCAAwCCyAGQRBBFCAGKAIQIAVGG2ogADYCACAARQ0BCyAAIAY2AhggBSgCECICBEAgACACNgIQIAIgADYCGAsgBUEUaigCACICRQ0AIABBFGogAjYCACACIAA2AhgLIAEgBGogBDYCACABIARBAXI2AgQgAUHY1QAoAgBHDQBBzNUAIAQ2AgAMAQsgBEH/AU0EQCAEQXhxQezVAGohAAJ/QcTVACgCACICQQEgBEEDdnQiA3FFBEBBxNUAIAIgA3I2AgAgAAwBCyAAKAIICyICIAE2AgwgACABNgIIIAEgADYCDCABIAI2AggMAQtBHyECIARB////B00EQCAEQSYgBEEIdmciAGt2QQFxIABBAXRrQT5qIQILIAEgAjYCHCABQgA3AhAgAkECdEH01wBqIQACQEHI1QAoAgAiA0EBIAJ0IgdxRQRAIAAgATYCAEHI1QAgAyAHcjYCACABIAA2AhggASABNgIIIAEgATYCDAwBCyAEQRkgAkEBdmtBACACQR9HG3QhAiAAKAIAIQACQANAIAAiAygCBEF4cSAERg0BIAJBHXYhACACQQF0IQIgAyAAQQRxakEQaiIHKAIAIgANAAsgByABNgIAIAEgAzYCGCABIAE2AgwgASABNgIIDAELIAMoAggiACABNgIMIAMgATYCCCABQQA2AhggASADNgIMIAEgADYCCAtB5NUAQeTVACgCAEEBayIAQX8gABs2AgALCwcAIAAtACgLBwAgAC0AKgsHACAALQArCwcAIAAtACkLBwAgAC8BNAsHACAALQAwC0ABBH8gACgCGCEBIAAvAS4hAiAALQAoIQMgACgCOCEEIAAQOCAAIAQ2AjggACADOgAoIAAgAjsBLiAAIAE2AhgLhocCAwd/A34BeyABIAJqIQQCQCAAIgMoAgwiAA0AIAMoAgQEQCADIAE2AgQLIwBBEGsiCSQAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCADKAIcIgJBAmsO/AEB+QECAwQFBgcICQoLDA0ODxAREvgBE/cBFBX2ARYX9QEYGRobHB0eHyD9AfsBIfQBIiMkJSYnKCkqK/MBLC0uLzAxMvIB8QEzNPAB7wE1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk/6AVBRUlPuAe0BVOwBVesBVldYWVrqAVtcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AAYEBggGDAYQBhQGGAYcBiAGJAYoBiwGMAY0BjgGPAZABkQGSAZMBlAGVAZYBlwGYAZkBmgGbAZwBnQGeAZ8BoAGhAaIBowGkAaUBpgGnAagBqQGqAasBrAGtAa4BrwGwAbEBsgGzAbQBtQG2AbcBuAG5AboBuwG8Ab0BvgG/AcABwQHCAcMBxAHFAcYBxwHIAckBygHLAcwBzQHOAekB6AHPAecB0AHmAdEB0gHTAdQB5QHVAdYB1wHYAdkB2gHbAdwB3QHeAd8B4AHhAeIB4wEA/AELQQAM4wELQQ4M4gELQQ0M4QELQQ8M4AELQRAM3wELQRMM3gELQRQM3QELQRUM3AELQRYM2wELQRcM2gELQRgM2QELQRkM2AELQRoM1wELQRsM1gELQRwM1QELQR0M1AELQR4M0wELQR8M0gELQSAM0QELQSEM0AELQQgMzwELQSIMzgELQSQMzQELQSMMzAELQQcMywELQSUMygELQSYMyQELQScMyAELQSgMxwELQRIMxgELQREMxQELQSkMxAELQSoMwwELQSsMwgELQSwMwQELQd4BDMABC0EuDL8BC0EvDL4BC0EwDL0BC0ExDLwBC0EyDLsBC0EzDLoBC0E0DLkBC0HfAQy4AQtBNQy3AQtBOQy2AQtBDAy1AQtBNgy0AQtBNwyzAQtBOAyyAQtBPgyxAQtBOgywAQtB4AEMrwELQQsMrgELQT8MrQELQTsMrAELQQoMqwELQTwMqgELQT0MqQELQeEBDKgBC0HBAAynAQtBwAAMpgELQcIADKUBC0EJDKQBC0EtDKMBC0HDAAyiAQtBxAAMoQELQcUADKABC0HGAAyfAQtBxwAMngELQcgADJ0BC0HJAAycAQtBygAMmwELQcsADJoBC0HMAAyZAQtBzQAMmAELQc4ADJcBC0HPAAyWAQtB0AAMlQELQdEADJQBC0HSAAyTAQtB0wAMkgELQdUADJEBC0HUAAyQAQtB1gAMjwELQdcADI4BC0HYAAyNAQtB2QAMjAELQdoADIsBC0HbAAyKAQtB3AAMiQELQd0ADIgBC0HeAAyHAQtB3wAMhgELQeAADIUBC0HhAAyEAQtB4gAMgwELQeMADIIBC0HkAAyBAQtB5QAMgAELQeIBDH8LQeYADH4LQecADH0LQQYMfAtB6AAMewtBBQx6C0HpAAx5C0EEDHgLQeoADHcLQesADHYLQewADHULQe0ADHQLQQMMcwtB7gAMcgtB7wAMcQtB8AAMcAtB8gAMbwtB8QAMbgtB8wAMbQtB9AAMbAtB9QAMawtB9gAMagtBAgxpC0H3AAxoC0H4AAxnC0H5AAxmC0H6AAxlC0H7AAxkC0H8AAxjC0H9AAxiC0H+AAxhC0H/AAxgC0GAAQxfC0GBAQxeC0GCAQxdC0GDAQxcC0GEAQxbC0GFAQxaC0GGAQxZC0GHAQxYC0GIAQxXC0GJAQxWC0GKAQxVC0GLAQxUC0GMAQxTC0GNAQxSC0GOAQxRC0GPAQxQC0GQAQxPC0GRAQxOC0GSAQxNC0GTAQxMC0GUAQxLC0GVAQxKC0GWAQxJC0GXAQxIC0GYAQxHC0GZAQxGC0GaAQxFC0GbAQxEC0GcAQxDC0GdAQxCC0GeAQxBC0GfAQxAC0GgAQw/C0GhAQw+C0GiAQw9C0GjAQw8C0GkAQw7C0GlAQw6C0GmAQw5C0GnAQw4C0GoAQw3C0GpAQw2C0GqAQw1C0GrAQw0C0GsAQwzC0GtAQwyC0GuAQwxC0GvAQwwC0GwAQwvC0GxAQwuC0GyAQwtC0GzAQwsC0G0AQwrC0G1AQwqC0G2AQwpC0G3AQwoC0G4AQwnC0G5AQwmC0G6AQwlC0G7AQwkC0G8AQwjC0G9AQwiC0G+AQwhC0G/AQwgC0HAAQwfC0HBAQweC0HCAQwdC0EBDBwLQcMBDBsLQcQBDBoLQcUBDBkLQcYBDBgLQccBDBcLQcgBDBYLQckBDBULQcoBDBQLQcsBDBMLQcwBDBILQc0BDBELQc4BDBALQc8BDA8LQdABDA4LQdEBDA0LQdIBDAwLQdMBDAsLQdQBDAoLQdUBDAkLQdYBDAgLQeMBDAcLQdcBDAYLQdgBDAULQdkBDAQLQdoBDAMLQdsBDAILQd0BDAELQdwBCyECA0ACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAMCfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAn8CQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAwJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCACDuMBAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISMkJScoKZ4DmwOaA5EDigODA4AD/QL7AvgC8gLxAu8C7QLoAucC5gLlAuQC3ALbAtoC2QLYAtcC1gLVAs8CzgLMAssCygLJAsgCxwLGAsQCwwK+ArwCugK5ArgCtwK2ArUCtAKzArICsQKwAq4CrQKpAqgCpwKmAqUCpAKjAqICoQKgAp8CmAKQAowCiwKKAoEC/gH9AfwB+wH6AfkB+AH3AfUB8wHwAesB6QHoAecB5gHlAeQB4wHiAeEB4AHfAd4B3QHcAdoB2QHYAdcB1gHVAdQB0wHSAdEB0AHPAc4BzQHMAcsBygHJAcgBxwHGAcUBxAHDAcIBwQHAAb8BvgG9AbwBuwG6AbkBuAG3AbYBtQG0AbMBsgGxAbABrwGuAa0BrAGrAaoBqQGoAacBpgGlAaQBowGiAZ8BngGZAZgBlwGWAZUBlAGTAZIBkQGQAY8BjQGMAYcBhgGFAYQBgwGCAX18e3p5dnV0UFFSU1RVCyABIARHDXJB/QEhAgy+AwsgASAERw2YAUHbASECDL0DCyABIARHDfEBQY4BIQIMvAMLIAEgBEcN/AFBhAEhAgy7AwsgASAERw2KAkH/ACECDLoDCyABIARHDZECQf0AIQIMuQMLIAEgBEcNlAJB+wAhAgy4AwsgASAERw0eQR4hAgy3AwsgASAERw0ZQRghAgy2AwsgASAERw3KAkHNACECDLUDCyABIARHDdUCQcYAIQIMtAMLIAEgBEcN1gJBwwAhAgyzAwsgASAERw3cAkE4IQIMsgMLIAMtADBBAUYNrQMMiQMLQQAhAAJAAkACQCADLQAqRQ0AIAMtACtFDQAgAy8BMiICQQJxRQ0BDAILIAMvATIiAkEBcUUNAQtBASEAIAMtAChBAUYNACADLwE0IgZB5ABrQeQASQ0AIAZBzAFGDQAgBkGwAkYNACACQcAAcQ0AQQAhACACQYgEcUGABEYNACACQShxQQBHIQALIANBADsBMiADQQA6ADECQCAARQRAIANBADoAMSADLQAuQQRxDQEMsQMLIANCADcDIAsgA0EAOgAxIANBAToANgxIC0EAIQACQCADKAI4IgJFDQAgAigCMCICRQ0AIAMgAhEAACEACyAARQ1IIABBFUcNYiADQQQ2AhwgAyABNgIUIANB0hs2AhAgA0EVNgIMQQAhAgyvAwsgASAERgRAQQYhAgyvAwsgAS0AAEEKRw0ZIAFBAWohAQwaCyADQgA3AyBBEiECDJQDCyABIARHDYoDQSMhAgysAwsgASAERgRAQQchAgysAwsCQAJAIAEtAABBCmsOBAEYGAAYCyABQQFqIQFBECECDJMDCyABQQFqIQEgA0Evai0AAEEBcQ0XQQAhAiADQQA2AhwgAyABNgIUIANBmSA2AhAgA0EZNgIMDKsDCyADIAMpAyAiDCAEIAFrrSIKfSILQgAgCyAMWBs3AyAgCiAMWg0YQQghAgyqAwsgASAERwRAIANBCTYCCCADIAE2AgRBFCECDJEDC0EJIQIMqQMLIAMpAyBQDa4CDEMLIAEgBEYEQEELIQIMqAMLIAEtAABBCkcNFiABQQFqIQEMFwsgA0Evai0AAEEBcUUNGQwmC0EAIQACQCADKAI4IgJFDQAgAigCUCICRQ0AIAMgAhEAACEACyAADRkMQgtBACEAAkAgAygCOCICRQ0AIAIoAlAiAkUNACADIAIRAAAhAAsgAA0aDCQLQQAhAAJAIAMoAjgiAkUNACACKAJQIgJFDQAgAyACEQAAIQALIAANGwwyCyADQS9qLQAAQQFxRQ0cDCILQQAhAAJAIAMoAjgiAkUNACACKAJUIgJFDQAgAyACEQAAIQALIAANHAxCC0EAIQACQCADKAI4IgJFDQAgAigCVCICRQ0AIAMgAhEAACEACyAADR0MIAsgASAERgRAQRMhAgygAwsCQCABLQAAIgBBCmsOBB8jIwAiCyABQQFqIQEMHwtBACEAAkAgAygCOCICRQ0AIAIoAlQiAkUNACADIAIRAAAhAAsgAA0iDEILIAEgBEYEQEEWIQIMngMLIAEtAABBwMEAai0AAEEBRw0jDIMDCwJAA0AgAS0AAEGwO2otAAAiAEEBRwRAAkAgAEECaw4CAwAnCyABQQFqIQFBISECDIYDCyAEIAFBAWoiAUcNAAtBGCECDJ0DCyADKAIEIQBBACECIANBADYCBCADIAAgAUEBaiIBEDQiAA0hDEELQQAhAAJAIAMoAjgiAkUNACACKAJUIgJFDQAgAyACEQAAIQALIAANIwwqCyABIARGBEBBHCECDJsDCyADQQo2AgggAyABNgIEQQAhAAJAIAMoAjgiAkUNACACKAJQIgJFDQAgAyACEQAAIQALIAANJUEkIQIMgQMLIAEgBEcEQANAIAEtAABBsD1qLQAAIgBBA0cEQCAAQQFrDgUYGiaCAyUmCyAEIAFBAWoiAUcNAAtBGyECDJoDC0EbIQIMmQMLA0AgAS0AAEGwP2otAAAiAEEDRwRAIABBAWsOBQ8RJxMmJwsgBCABQQFqIgFHDQALQR4hAgyYAwsgASAERwRAIANBCzYCCCADIAE2AgRBByECDP8CC0EfIQIMlwMLIAEgBEYEQEEgIQIMlwMLAkAgAS0AAEENaw4ULj8/Pz8/Pz8/Pz8/Pz8/Pz8/PwA/C0EAIQIgA0EANgIcIANBvws2AhAgA0ECNgIMIAMgAUEBajYCFAyWAwsgA0EvaiECA0AgASAERgRAQSEhAgyXAwsCQAJAAkAgAS0AACIAQQlrDhgCACkpASkpKSkpKSkpKSkpKSkpKSkpKQInCyABQQFqIQEgA0Evai0AAEEBcUUNCgwYCyABQQFqIQEMFwsgAUEBaiEBIAItAABBAnENAAtBACECIANBADYCHCADIAE2AhQgA0GfFTYCECADQQw2AgwMlQMLIAMtAC5BgAFxRQ0BC0EAIQACQCADKAI4IgJFDQAgAigCXCICRQ0AIAMgAhEAACEACyAARQ3mAiAAQRVGBEAgA0EkNgIcIAMgATYCFCADQZsbNgIQIANBFTYCDEEAIQIMlAMLQQAhAiADQQA2AhwgAyABNgIUIANBkA42AhAgA0EUNgIMDJMDC0EAIQIgA0EANgIcIAMgATYCFCADQb4gNgIQIANBAjYCDAySAwsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEgDKdqIgEQMiIARQ0rIANBBzYCHCADIAE2AhQgAyAANgIMDJEDCyADLQAuQcAAcUUNAQtBACEAAkAgAygCOCICRQ0AIAIoAlgiAkUNACADIAIRAAAhAAsgAEUNKyAAQRVGBEAgA0EKNgIcIAMgATYCFCADQesZNgIQIANBFTYCDEEAIQIMkAMLQQAhAiADQQA2AhwgAyABNgIUIANBkww2AhAgA0ETNgIMDI8DC0EAIQIgA0EANgIcIAMgATYCFCADQYIVNgIQIANBAjYCDAyOAwtBACECIANBADYCHCADIAE2AhQgA0HdFDYCECADQRk2AgwMjQMLQQAhAiADQQA2AhwgAyABNgIUIANB5h02AhAgA0EZNgIMDIwDCyAAQRVGDT1BACECIANBADYCHCADIAE2AhQgA0HQDzYCECADQSI2AgwMiwMLIAMoAgQhAEEAIQIgA0EANgIEIAMgACABEDMiAEUNKCADQQ02AhwgAyABNgIUIAMgADYCDAyKAwsgAEEVRg06QQAhAiADQQA2AhwgAyABNgIUIANB0A82AhAgA0EiNgIMDIkDCyADKAIEIQBBACECIANBADYCBCADIAAgARAzIgBFBEAgAUEBaiEBDCgLIANBDjYCHCADIAA2AgwgAyABQQFqNgIUDIgDCyAAQRVGDTdBACECIANBADYCHCADIAE2AhQgA0HQDzYCECADQSI2AgwMhwMLIAMoAgQhAEEAIQIgA0EANgIEIAMgACABEDMiAEUEQCABQQFqIQEMJwsgA0EPNgIcIAMgADYCDCADIAFBAWo2AhQMhgMLQQAhAiADQQA2AhwgAyABNgIUIANB4hc2AhAgA0EZNgIMDIUDCyAAQRVGDTNBACECIANBADYCHCADIAE2AhQgA0HWDDYCECADQSM2AgwMhAMLIAMoAgQhAEEAIQIgA0EANgIEIAMgACABEDQiAEUNJSADQRE2AhwgAyABNgIUIAMgADYCDAyDAwsgAEEVRg0wQQAhAiADQQA2AhwgAyABNgIUIANB1gw2AhAgA0EjNgIMDIIDCyADKAIEIQBBACECIANBADYCBCADIAAgARA0IgBFBEAgAUEBaiEBDCULIANBEjYCHCADIAA2AgwgAyABQQFqNgIUDIEDCyADQS9qLQAAQQFxRQ0BC0EXIQIM5gILQQAhAiADQQA2AhwgAyABNgIUIANB4hc2AhAgA0EZNgIMDP4CCyAAQTtHDQAgAUEBaiEBDAwLQQAhAiADQQA2AhwgAyABNgIUIANBkhg2AhAgA0ECNgIMDPwCCyAAQRVGDShBACECIANBADYCHCADIAE2AhQgA0HWDDYCECADQSM2AgwM+wILIANBFDYCHCADIAE2AhQgAyAANgIMDPoCCyADKAIEIQBBACECIANBADYCBCADIAAgARA0IgBFBEAgAUEBaiEBDPUCCyADQRU2AhwgAyAANgIMIAMgAUEBajYCFAz5AgsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEQNCIARQRAIAFBAWohAQzzAgsgA0EXNgIcIAMgADYCDCADIAFBAWo2AhQM+AILIABBFUYNI0EAIQIgA0EANgIcIAMgATYCFCADQdYMNgIQIANBIzYCDAz3AgsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEQNCIARQRAIAFBAWohAQwdCyADQRk2AhwgAyAANgIMIAMgAUEBajYCFAz2AgsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEQNCIARQRAIAFBAWohAQzvAgsgA0EaNgIcIAMgADYCDCADIAFBAWo2AhQM9QILIABBFUYNH0EAIQIgA0EANgIcIAMgATYCFCADQdAPNgIQIANBIjYCDAz0AgsgAygCBCEAIANBADYCBCADIAAgARAzIgBFBEAgAUEBaiEBDBsLIANBHDYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgzzAgsgAygCBCEAIANBADYCBCADIAAgARAzIgBFBEAgAUEBaiEBDOsCCyADQR02AhwgAyAANgIMIAMgAUEBajYCFEEAIQIM8gILIABBO0cNASABQQFqIQELQSYhAgzXAgtBACECIANBADYCHCADIAE2AhQgA0GfFTYCECADQQw2AgwM7wILIAEgBEcEQANAIAEtAABBIEcNhAIgBCABQQFqIgFHDQALQSwhAgzvAgtBLCECDO4CCyABIARGBEBBNCECDO4CCwJAAkADQAJAIAEtAABBCmsOBAIAAAMACyAEIAFBAWoiAUcNAAtBNCECDO8CCyADKAIEIQAgA0EANgIEIAMgACABEDEiAEUNnwIgA0EyNgIcIAMgATYCFCADIAA2AgxBACECDO4CCyADKAIEIQAgA0EANgIEIAMgACABEDEiAEUEQCABQQFqIQEMnwILIANBMjYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgztAgsgASAERwRAAkADQCABLQAAQTBrIgBB/wFxQQpPBEBBOiECDNcCCyADKQMgIgtCmbPmzJmz5swZVg0BIAMgC0IKfiIKNwMgIAogAK1C/wGDIgtCf4VWDQEgAyAKIAt8NwMgIAQgAUEBaiIBRw0AC0HAACECDO4CCyADKAIEIQAgA0EANgIEIAMgACABQQFqIgEQMSIADRcM4gILQcAAIQIM7AILIAEgBEYEQEHJACECDOwCCwJAA0ACQCABLQAAQQlrDhgAAqICogKpAqICogKiAqICogKiAqICogKiAqICogKiAqICogKiAqICogKiAgCiAgsgBCABQQFqIgFHDQALQckAIQIM7AILIAFBAWohASADQS9qLQAAQQFxDaUCIANBADYCHCADIAE2AhQgA0GXEDYCECADQQo2AgxBACECDOsCCyABIARHBEADQCABLQAAQSBHDRUgBCABQQFqIgFHDQALQfgAIQIM6wILQfgAIQIM6gILIANBAjoAKAw4C0EAIQIgA0EANgIcIANBvws2AhAgA0ECNgIMIAMgAUEBajYCFAzoAgtBACECDM4CC0ENIQIMzQILQRMhAgzMAgtBFSECDMsCC0EWIQIMygILQRghAgzJAgtBGSECDMgCC0EaIQIMxwILQRshAgzGAgtBHCECDMUCC0EdIQIMxAILQR4hAgzDAgtBHyECDMICC0EgIQIMwQILQSIhAgzAAgtBIyECDL8CC0ElIQIMvgILQeUAIQIMvQILIANBPTYCHCADIAE2AhQgAyAANgIMQQAhAgzVAgsgA0EbNgIcIAMgATYCFCADQaQcNgIQIANBFTYCDEEAIQIM1AILIANBIDYCHCADIAE2AhQgA0GYGjYCECADQRU2AgxBACECDNMCCyADQRM2AhwgAyABNgIUIANBmBo2AhAgA0EVNgIMQQAhAgzSAgsgA0ELNgIcIAMgATYCFCADQZgaNgIQIANBFTYCDEEAIQIM0QILIANBEDYCHCADIAE2AhQgA0GYGjYCECADQRU2AgxBACECDNACCyADQSA2AhwgAyABNgIUIANBpBw2AhAgA0EVNgIMQQAhAgzPAgsgA0ELNgIcIAMgATYCFCADQaQcNgIQIANBFTYCDEEAIQIMzgILIANBDDYCHCADIAE2AhQgA0GkHDYCECADQRU2AgxBACECDM0CC0EAIQIgA0EANgIcIAMgATYCFCADQd0ONgIQIANBEjYCDAzMAgsCQANAAkAgAS0AAEEKaw4EAAICAAILIAQgAUEBaiIBRw0AC0H9ASECDMwCCwJAAkAgAy0ANkEBRw0AQQAhAAJAIAMoAjgiAkUNACACKAJgIgJFDQAgAyACEQAAIQALIABFDQAgAEEVRw0BIANB/AE2AhwgAyABNgIUIANB3Bk2AhAgA0EVNgIMQQAhAgzNAgtB3AEhAgyzAgsgA0EANgIcIAMgATYCFCADQfkLNgIQIANBHzYCDEEAIQIMywILAkACQCADLQAoQQFrDgIEAQALQdsBIQIMsgILQdQBIQIMsQILIANBAjoAMUEAIQACQCADKAI4IgJFDQAgAigCACICRQ0AIAMgAhEAACEACyAARQRAQd0BIQIMsQILIABBFUcEQCADQQA2AhwgAyABNgIUIANBtAw2AhAgA0EQNgIMQQAhAgzKAgsgA0H7ATYCHCADIAE2AhQgA0GBGjYCECADQRU2AgxBACECDMkCCyABIARGBEBB+gEhAgzJAgsgAS0AAEHIAEYNASADQQE6ACgLQcABIQIMrgILQdoBIQIMrQILIAEgBEcEQCADQQw2AgggAyABNgIEQdkBIQIMrQILQfkBIQIMxQILIAEgBEYEQEH4ASECDMUCCyABLQAAQcgARw0EIAFBAWohAUHYASECDKsCCyABIARGBEBB9wEhAgzEAgsCQAJAIAEtAABBxQBrDhAABQUFBQUFBQUFBQUFBQUBBQsgAUEBaiEBQdYBIQIMqwILIAFBAWohAUHXASECDKoCC0H2ASECIAEgBEYNwgIgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABButUAai0AAEcNAyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMwwILIAMoAgQhACADQgA3AwAgAyAAIAZBAWoiARAuIgBFBEBB4wEhAgyqAgsgA0H1ATYCHCADIAE2AhQgAyAANgIMQQAhAgzCAgtB9AEhAiABIARGDcECIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQbjVAGotAABHDQIgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADMICCyADQYEEOwEoIAMoAgQhACADQgA3AwAgAyAAIAZBAWoiARAuIgANAwwCCyADQQA2AgALQQAhAiADQQA2AhwgAyABNgIUIANB5R82AhAgA0EINgIMDL8CC0HVASECDKUCCyADQfMBNgIcIAMgATYCFCADIAA2AgxBACECDL0CC0EAIQACQCADKAI4IgJFDQAgAigCQCICRQ0AIAMgAhEAACEACyAARQ1uIABBFUcEQCADQQA2AhwgAyABNgIUIANBgg82AhAgA0EgNgIMQQAhAgy9AgsgA0GPATYCHCADIAE2AhQgA0HsGzYCECADQRU2AgxBACECDLwCCyABIARHBEAgA0ENNgIIIAMgATYCBEHTASECDKMCC0HyASECDLsCCyABIARGBEBB8QEhAgy7AgsCQAJAAkAgAS0AAEHIAGsOCwABCAgICAgICAgCCAsgAUEBaiEBQdABIQIMowILIAFBAWohAUHRASECDKICCyABQQFqIQFB0gEhAgyhAgtB8AEhAiABIARGDbkCIAMoAgAiACAEIAFraiEGIAEgAGtBAmohBQNAIAEtAAAgAEG11QBqLQAARw0EIABBAkYNAyAAQQFqIQAgBCABQQFqIgFHDQALIAMgBjYCAAy5AgtB7wEhAiABIARGDbgCIAMoAgAiACAEIAFraiEGIAEgAGtBAWohBQNAIAEtAAAgAEGz1QBqLQAARw0DIABBAUYNAiAAQQFqIQAgBCABQQFqIgFHDQALIAMgBjYCAAy4AgtB7gEhAiABIARGDbcCIAMoAgAiACAEIAFraiEGIAEgAGtBAmohBQNAIAEtAAAgAEGw1QBqLQAARw0CIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBjYCAAy3AgsgAygCBCEAIANCADcDACADIAAgBUEBaiIBECsiAEUNAiADQewBNgIcIAMgATYCFCADIAA2AgxBACECDLYCCyADQQA2AgALIAMoAgQhACADQQA2AgQgAyAAIAEQKyIARQ2cAiADQe0BNgIcIAMgATYCFCADIAA2AgxBACECDLQCC0HPASECDJoCC0EAIQACQCADKAI4IgJFDQAgAigCNCICRQ0AIAMgAhEAACEACwJAIAAEQCAAQRVGDQEgA0EANgIcIAMgATYCFCADQeoNNgIQIANBJjYCDEEAIQIMtAILQc4BIQIMmgILIANB6wE2AhwgAyABNgIUIANBgBs2AhAgA0EVNgIMQQAhAgyyAgsgASAERgRAQesBIQIMsgILIAEtAABBL0YEQCABQQFqIQEMAQsgA0EANgIcIAMgATYCFCADQbI4NgIQIANBCDYCDEEAIQIMsQILQc0BIQIMlwILIAEgBEcEQCADQQ42AgggAyABNgIEQcwBIQIMlwILQeoBIQIMrwILIAEgBEYEQEHpASECDK8CCyABLQAAQTBrIgBB/wFxQQpJBEAgAyAAOgAqIAFBAWohAUHLASECDJYCCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNlwIgA0HoATYCHCADIAE2AhQgAyAANgIMQQAhAgyuAgsgASAERgRAQecBIQIMrgILAkAgAS0AAEEuRgRAIAFBAWohAQwBCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNmAIgA0HmATYCHCADIAE2AhQgAyAANgIMQQAhAgyuAgtBygEhAgyUAgsgASAERgRAQeUBIQIMrQILQQAhAEEBIQVBASEHQQAhAgJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAIAEtAABBMGsOCgoJAAECAwQFBggLC0ECDAYLQQMMBQtBBAwEC0EFDAMLQQYMAgtBBwwBC0EICyECQQAhBUEAIQcMAgtBCSECQQEhAEEAIQVBACEHDAELQQAhBUEBIQILIAMgAjoAKyABQQFqIQECQAJAIAMtAC5BEHENAAJAAkACQCADLQAqDgMBAAIECyAHRQ0DDAILIAANAQwCCyAFRQ0BCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNAiADQeIBNgIcIAMgATYCFCADIAA2AgxBACECDK8CCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNmgIgA0HjATYCHCADIAE2AhQgAyAANgIMQQAhAgyuAgsgAygCBCEAIANBADYCBCADIAAgARAvIgBFDZgCIANB5AE2AhwgAyABNgIUIAMgADYCDAytAgtByQEhAgyTAgtBACEAAkAgAygCOCICRQ0AIAIoAkQiAkUNACADIAIRAAAhAAsCQCAABEAgAEEVRg0BIANBADYCHCADIAE2AhQgA0GkDTYCECADQSE2AgxBACECDK0CC0HIASECDJMCCyADQeEBNgIcIAMgATYCFCADQdAaNgIQIANBFTYCDEEAIQIMqwILIAEgBEYEQEHhASECDKsCCwJAIAEtAABBIEYEQCADQQA7ATQgAUEBaiEBDAELIANBADYCHCADIAE2AhQgA0GZETYCECADQQk2AgxBACECDKsCC0HHASECDJECCyABIARGBEBB4AEhAgyqAgsCQCABLQAAQTBrQf8BcSICQQpJBEAgAUEBaiEBAkAgAy8BNCIAQZkzSw0AIAMgAEEKbCIAOwE0IABB/v8DcSACQf//A3NLDQAgAyAAIAJqOwE0DAILQQAhAiADQQA2AhwgAyABNgIUIANBlR42AhAgA0ENNgIMDKsCCyADQQA2AhwgAyABNgIUIANBlR42AhAgA0ENNgIMQQAhAgyqAgtBxgEhAgyQAgsgASAERgRAQd8BIQIMqQILAkAgAS0AAEEwa0H/AXEiAkEKSQRAIAFBAWohAQJAIAMvATQiAEGZM0sNACADIABBCmwiADsBNCAAQf7/A3EgAkH//wNzSw0AIAMgACACajsBNAwCC0EAIQIgA0EANgIcIAMgATYCFCADQZUeNgIQIANBDTYCDAyqAgsgA0EANgIcIAMgATYCFCADQZUeNgIQIANBDTYCDEEAIQIMqQILQcUBIQIMjwILIAEgBEYEQEHeASECDKgCCwJAIAEtAABBMGtB/wFxIgJBCkkEQCABQQFqIQECQCADLwE0IgBBmTNLDQAgAyAAQQpsIgA7ATQgAEH+/wNxIAJB//8Dc0sNACADIAAgAmo7ATQMAgtBACECIANBADYCHCADIAE2AhQgA0GVHjYCECADQQ02AgwMqQILIANBADYCHCADIAE2AhQgA0GVHjYCECADQQ02AgxBACECDKgCC0HEASECDI4CCyABIARGBEBB3QEhAgynAgsCQAJAAkACQCABLQAAQQprDhcCAwMAAwMDAwMDAwMDAwMDAwMDAwMDAQMLIAFBAWoMBQsgAUEBaiEBQcMBIQIMjwILIAFBAWohASADQS9qLQAAQQFxDQggA0EANgIcIAMgATYCFCADQY0LNgIQIANBDTYCDEEAIQIMpwILIANBADYCHCADIAE2AhQgA0GNCzYCECADQQ02AgxBACECDKYCCyABIARHBEAgA0EPNgIIIAMgATYCBEEBIQIMjQILQdwBIQIMpQILAkACQANAAkAgAS0AAEEKaw4EAgAAAwALIAQgAUEBaiIBRw0AC0HbASECDKYCCyADKAIEIQAgA0EANgIEIAMgACABEC0iAEUEQCABQQFqIQEMBAsgA0HaATYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgylAgsgAygCBCEAIANBADYCBCADIAAgARAtIgANASABQQFqCyEBQcEBIQIMigILIANB2QE2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIMogILQcIBIQIMiAILIANBL2otAABBAXENASADQQA2AhwgAyABNgIUIANB5Bw2AhAgA0EZNgIMQQAhAgygAgsgASAERgRAQdkBIQIMoAILAkACQAJAIAEtAABBCmsOBAECAgACCyABQQFqIQEMAgsgAUEBaiEBDAELIAMtAC5BwABxRQ0BC0EAIQACQCADKAI4IgJFDQAgAigCPCICRQ0AIAMgAhEAACEACyAARQ2gASAAQRVGBEAgA0HZADYCHCADIAE2AhQgA0G3GjYCECADQRU2AgxBACECDJ8CCyADQQA2AhwgAyABNgIUIANBgA02AhAgA0EbNgIMQQAhAgyeAgsgA0EANgIcIAMgATYCFCADQdwoNgIQIANBAjYCDEEAIQIMnQILIAEgBEcEQCADQQw2AgggAyABNgIEQb8BIQIMhAILQdgBIQIMnAILIAEgBEYEQEHXASECDJwCCwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAS0AAEHBAGsOFQABAgNaBAUGWlpaBwgJCgsMDQ4PEFoLIAFBAWohAUH7ACECDJICCyABQQFqIQFB/AAhAgyRAgsgAUEBaiEBQYEBIQIMkAILIAFBAWohAUGFASECDI8CCyABQQFqIQFBhgEhAgyOAgsgAUEBaiEBQYkBIQIMjQILIAFBAWohAUGKASECDIwCCyABQQFqIQFBjQEhAgyLAgsgAUEBaiEBQZYBIQIMigILIAFBAWohAUGXASECDIkCCyABQQFqIQFBmAEhAgyIAgsgAUEBaiEBQaUBIQIMhwILIAFBAWohAUGmASECDIYCCyABQQFqIQFBrAEhAgyFAgsgAUEBaiEBQbQBIQIMhAILIAFBAWohAUG3ASECDIMCCyABQQFqIQFBvgEhAgyCAgsgASAERgRAQdYBIQIMmwILIAEtAABBzgBHDUggAUEBaiEBQb0BIQIMgQILIAEgBEYEQEHVASECDJoCCwJAAkACQCABLQAAQcIAaw4SAEpKSkpKSkpKSgFKSkpKSkoCSgsgAUEBaiEBQbgBIQIMggILIAFBAWohAUG7ASECDIECCyABQQFqIQFBvAEhAgyAAgtB1AEhAiABIARGDZgCIAMoAgAiACAEIAFraiEFIAEgAGtBB2ohBgJAA0AgAS0AACAAQajVAGotAABHDUUgAEEHRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJkCCyADQQA2AgAgBkEBaiEBQRsMRQsgASAERgRAQdMBIQIMmAILAkACQCABLQAAQckAaw4HAEdHR0dHAUcLIAFBAWohAUG5ASECDP8BCyABQQFqIQFBugEhAgz+AQtB0gEhAiABIARGDZYCIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQabVAGotAABHDUMgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJcCCyADQQA2AgAgBkEBaiEBQQ8MQwtB0QEhAiABIARGDZUCIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQaTVAGotAABHDUIgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJYCCyADQQA2AgAgBkEBaiEBQSAMQgtB0AEhAiABIARGDZQCIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQaHVAGotAABHDUEgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJUCCyADQQA2AgAgBkEBaiEBQRIMQQsgASAERgRAQc8BIQIMlAILAkACQCABLQAAQcUAaw4OAENDQ0NDQ0NDQ0NDQwFDCyABQQFqIQFBtQEhAgz7AQsgAUEBaiEBQbYBIQIM+gELQc4BIQIgASAERg2SAiADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGe1QBqLQAARw0/IABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyTAgsgA0EANgIAIAZBAWohAUEHDD8LQc0BIQIgASAERg2RAiADKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGY1QBqLQAARw0+IABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAySAgsgA0EANgIAIAZBAWohAUEoDD4LIAEgBEYEQEHMASECDJECCwJAAkACQCABLQAAQcUAaw4RAEFBQUFBQUFBQQFBQUFBQQJBCyABQQFqIQFBsQEhAgz5AQsgAUEBaiEBQbIBIQIM+AELIAFBAWohAUGzASECDPcBC0HLASECIAEgBEYNjwIgAygCACIAIAQgAWtqIQUgASAAa0EGaiEGAkADQCABLQAAIABBkdUAai0AAEcNPCAAQQZGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMkAILIANBADYCACAGQQFqIQFBGgw8C0HKASECIAEgBEYNjgIgAygCACIAIAQgAWtqIQUgASAAa0EDaiEGAkADQCABLQAAIABBjdUAai0AAEcNOyAAQQNGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMjwILIANBADYCACAGQQFqIQFBIQw7CyABIARGBEBByQEhAgyOAgsCQAJAIAEtAABBwQBrDhQAPT09PT09PT09PT09PT09PT09AT0LIAFBAWohAUGtASECDPUBCyABQQFqIQFBsAEhAgz0AQsgASAERgRAQcgBIQIMjQILAkACQCABLQAAQdUAaw4LADw8PDw8PDw8PAE8CyABQQFqIQFBrgEhAgz0AQsgAUEBaiEBQa8BIQIM8wELQccBIQIgASAERg2LAiADKAIAIgAgBCABa2ohBSABIABrQQhqIQYCQANAIAEtAAAgAEGE1QBqLQAARw04IABBCEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyMAgsgA0EANgIAIAZBAWohAUEqDDgLIAEgBEYEQEHGASECDIsCCyABLQAAQdAARw04IAFBAWohAUElDDcLQcUBIQIgASAERg2JAiADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGB1QBqLQAARw02IABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyKAgsgA0EANgIAIAZBAWohAUEODDYLIAEgBEYEQEHEASECDIkCCyABLQAAQcUARw02IAFBAWohAUGrASECDO8BCyABIARGBEBBwwEhAgyIAgsCQAJAAkACQCABLQAAQcIAaw4PAAECOTk5OTk5OTk5OTkDOQsgAUEBaiEBQacBIQIM8QELIAFBAWohAUGoASECDPABCyABQQFqIQFBqQEhAgzvAQsgAUEBaiEBQaoBIQIM7gELQcIBIQIgASAERg2GAiADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEH+1ABqLQAARw0zIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyHAgsgA0EANgIAIAZBAWohAUEUDDMLQcEBIQIgASAERg2FAiADKAIAIgAgBCABa2ohBSABIABrQQRqIQYCQANAIAEtAAAgAEH51ABqLQAARw0yIABBBEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyGAgsgA0EANgIAIAZBAWohAUErDDILQcABIQIgASAERg2EAiADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEH21ABqLQAARw0xIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyFAgsgA0EANgIAIAZBAWohAUEsDDELQb8BIQIgASAERg2DAiADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGh1QBqLQAARw0wIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyEAgsgA0EANgIAIAZBAWohAUERDDALQb4BIQIgASAERg2CAiADKAIAIgAgBCABa2ohBSABIABrQQNqIQYCQANAIAEtAAAgAEHy1ABqLQAARw0vIABBA0YNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyDAgsgA0EANgIAIAZBAWohAUEuDC8LIAEgBEYEQEG9ASECDIICCwJAAkACQAJAAkAgAS0AAEHBAGsOFQA0NDQ0NDQ0NDQ0ATQ0AjQ0AzQ0BDQLIAFBAWohAUGbASECDOwBCyABQQFqIQFBnAEhAgzrAQsgAUEBaiEBQZ0BIQIM6gELIAFBAWohAUGiASECDOkBCyABQQFqIQFBpAEhAgzoAQsgASAERgRAQbwBIQIMgQILAkACQCABLQAAQdIAaw4DADABMAsgAUEBaiEBQaMBIQIM6AELIAFBAWohAUEEDC0LQbsBIQIgASAERg3/ASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHw1ABqLQAARw0sIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyAAgsgA0EANgIAIAZBAWohAUEdDCwLIAEgBEYEQEG6ASECDP8BCwJAAkAgAS0AAEHJAGsOBwEuLi4uLgAuCyABQQFqIQFBoQEhAgzmAQsgAUEBaiEBQSIMKwsgASAERgRAQbkBIQIM/gELIAEtAABB0ABHDSsgAUEBaiEBQaABIQIM5AELIAEgBEYEQEG4ASECDP0BCwJAAkAgAS0AAEHGAGsOCwAsLCwsLCwsLCwBLAsgAUEBaiEBQZ4BIQIM5AELIAFBAWohAUGfASECDOMBC0G3ASECIAEgBEYN+wEgAygCACIAIAQgAWtqIQUgASAAa0EDaiEGAkADQCABLQAAIABB7NQAai0AAEcNKCAAQQNGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM/AELIANBADYCACAGQQFqIQFBDQwoC0G2ASECIAEgBEYN+gEgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBodUAai0AAEcNJyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM+wELIANBADYCACAGQQFqIQFBDAwnC0G1ASECIAEgBEYN+QEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB6tQAai0AAEcNJiAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM+gELIANBADYCACAGQQFqIQFBAwwmC0G0ASECIAEgBEYN+AEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB6NQAai0AAEcNJSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM+QELIANBADYCACAGQQFqIQFBJgwlCyABIARGBEBBswEhAgz4AQsCQAJAIAEtAABB1ABrDgIAAScLIAFBAWohAUGZASECDN8BCyABQQFqIQFBmgEhAgzeAQtBsgEhAiABIARGDfYBIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQebUAGotAABHDSMgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPcBCyADQQA2AgAgBkEBaiEBQScMIwtBsQEhAiABIARGDfUBIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQeTUAGotAABHDSIgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPYBCyADQQA2AgAgBkEBaiEBQRwMIgtBsAEhAiABIARGDfQBIAMoAgAiACAEIAFraiEFIAEgAGtBBWohBgJAA0AgAS0AACAAQd7UAGotAABHDSEgAEEFRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPUBCyADQQA2AgAgBkEBaiEBQQYMIQtBrwEhAiABIARGDfMBIAMoAgAiACAEIAFraiEFIAEgAGtBBGohBgJAA0AgAS0AACAAQdnUAGotAABHDSAgAEEERg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPQBCyADQQA2AgAgBkEBaiEBQRkMIAsgASAERgRAQa4BIQIM8wELAkACQAJAAkAgAS0AAEEtaw4jACQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkASQkJCQkAiQkJAMkCyABQQFqIQFBjgEhAgzcAQsgAUEBaiEBQY8BIQIM2wELIAFBAWohAUGUASECDNoBCyABQQFqIQFBlQEhAgzZAQtBrQEhAiABIARGDfEBIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQdfUAGotAABHDR4gAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPIBCyADQQA2AgAgBkEBaiEBQQsMHgsgASAERgRAQawBIQIM8QELAkACQCABLQAAQcEAaw4DACABIAsgAUEBaiEBQZABIQIM2AELIAFBAWohAUGTASECDNcBCyABIARGBEBBqwEhAgzwAQsCQAJAIAEtAABBwQBrDg8AHx8fHx8fHx8fHx8fHwEfCyABQQFqIQFBkQEhAgzXAQsgAUEBaiEBQZIBIQIM1gELIAEgBEYEQEGqASECDO8BCyABLQAAQcwARw0cIAFBAWohAUEKDBsLQakBIQIgASAERg3tASADKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEHR1ABqLQAARw0aIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzuAQsgA0EANgIAIAZBAWohAUEeDBoLQagBIQIgASAERg3sASADKAIAIgAgBCABa2ohBSABIABrQQZqIQYCQANAIAEtAAAgAEHK1ABqLQAARw0ZIABBBkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAztAQsgA0EANgIAIAZBAWohAUEVDBkLQacBIQIgASAERg3rASADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHH1ABqLQAARw0YIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzsAQsgA0EANgIAIAZBAWohAUEXDBgLQaYBIQIgASAERg3qASADKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEHB1ABqLQAARw0XIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzrAQsgA0EANgIAIAZBAWohAUEYDBcLIAEgBEYEQEGlASECDOoBCwJAAkAgAS0AAEHJAGsOBwAZGRkZGQEZCyABQQFqIQFBiwEhAgzRAQsgAUEBaiEBQYwBIQIM0AELQaQBIQIgASAERg3oASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGm1QBqLQAARw0VIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzpAQsgA0EANgIAIAZBAWohAUEJDBULQaMBIQIgASAERg3nASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGk1QBqLQAARw0UIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzoAQsgA0EANgIAIAZBAWohAUEfDBQLQaIBIQIgASAERg3mASADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEG+1ABqLQAARw0TIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAznAQsgA0EANgIAIAZBAWohAUECDBMLQaEBIQIgASAERg3lASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYDQCABLQAAIABBvNQAai0AAEcNESAAQQFGDQIgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM5QELIAEgBEYEQEGgASECDOUBC0EBIAEtAABB3wBHDREaIAFBAWohAUGHASECDMsBCyADQQA2AgAgBkEBaiEBQYgBIQIMygELQZ8BIQIgASAERg3iASADKAIAIgAgBCABa2ohBSABIABrQQhqIQYCQANAIAEtAAAgAEGE1QBqLQAARw0PIABBCEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzjAQsgA0EANgIAIAZBAWohAUEpDA8LQZ4BIQIgASAERg3hASADKAIAIgAgBCABa2ohBSABIABrQQNqIQYCQANAIAEtAAAgAEG41ABqLQAARw0OIABBA0YNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAziAQsgA0EANgIAIAZBAWohAUEtDA4LIAEgBEYEQEGdASECDOEBCyABLQAAQcUARw0OIAFBAWohAUGEASECDMcBCyABIARGBEBBnAEhAgzgAQsCQAJAIAEtAABBzABrDggADw8PDw8PAQ8LIAFBAWohAUGCASECDMcBCyABQQFqIQFBgwEhAgzGAQtBmwEhAiABIARGDd4BIAMoAgAiACAEIAFraiEFIAEgAGtBBGohBgJAA0AgAS0AACAAQbPUAGotAABHDQsgAEEERg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADN8BCyADQQA2AgAgBkEBaiEBQSMMCwtBmgEhAiABIARGDd0BIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQbDUAGotAABHDQogAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADN4BCyADQQA2AgAgBkEBaiEBQQAMCgsgASAERgRAQZkBIQIM3QELAkACQCABLQAAQcgAaw4IAAwMDAwMDAEMCyABQQFqIQFB/QAhAgzEAQsgAUEBaiEBQYABIQIMwwELIAEgBEYEQEGYASECDNwBCwJAAkAgAS0AAEHOAGsOAwALAQsLIAFBAWohAUH+ACECDMMBCyABQQFqIQFB/wAhAgzCAQsgASAERgRAQZcBIQIM2wELIAEtAABB2QBHDQggAUEBaiEBQQgMBwtBlgEhAiABIARGDdkBIAMoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQazUAGotAABHDQYgAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADNoBCyADQQA2AgAgBkEBaiEBQQUMBgtBlQEhAiABIARGDdgBIAMoAgAiACAEIAFraiEFIAEgAGtBBWohBgJAA0AgAS0AACAAQabUAGotAABHDQUgAEEFRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADNkBCyADQQA2AgAgBkEBaiEBQRYMBQtBlAEhAiABIARGDdcBIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQaHVAGotAABHDQQgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADNgBCyADQQA2AgAgBkEBaiEBQRAMBAsgASAERgRAQZMBIQIM1wELAkACQCABLQAAQcMAaw4MAAYGBgYGBgYGBgYBBgsgAUEBaiEBQfkAIQIMvgELIAFBAWohAUH6ACECDL0BC0GSASECIAEgBEYN1QEgAygCACIAIAQgAWtqIQUgASAAa0EFaiEGAkADQCABLQAAIABBoNQAai0AAEcNAiAAQQVGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM1gELIANBADYCACAGQQFqIQFBJAwCCyADQQA2AgAMAgsgASAERgRAQZEBIQIM1AELIAEtAABBzABHDQEgAUEBaiEBQRMLOgApIAMoAgQhACADQQA2AgQgAyAAIAEQLiIADQIMAQtBACECIANBADYCHCADIAE2AhQgA0H+HzYCECADQQY2AgwM0QELQfgAIQIMtwELIANBkAE2AhwgAyABNgIUIAMgADYCDEEAIQIMzwELQQAhAAJAIAMoAjgiAkUNACACKAJAIgJFDQAgAyACEQAAIQALIABFDQAgAEEVRg0BIANBADYCHCADIAE2AhQgA0GCDzYCECADQSA2AgxBACECDM4BC0H3ACECDLQBCyADQY8BNgIcIAMgATYCFCADQewbNgIQIANBFTYCDEEAIQIMzAELIAEgBEYEQEGPASECDMwBCwJAIAEtAABBIEYEQCABQQFqIQEMAQsgA0EANgIcIAMgATYCFCADQZsfNgIQIANBBjYCDEEAIQIMzAELQQIhAgyyAQsDQCABLQAAQSBHDQIgBCABQQFqIgFHDQALQY4BIQIMygELIAEgBEYEQEGNASECDMoBCwJAIAEtAABBCWsOBEoAAEoAC0H1ACECDLABCyADLQApQQVGBEBB9gAhAgywAQtB9AAhAgyvAQsgASAERgRAQYwBIQIMyAELIANBEDYCCCADIAE2AgQMCgsgASAERgRAQYsBIQIMxwELAkAgAS0AAEEJaw4ERwAARwALQfMAIQIMrQELIAEgBEcEQCADQRA2AgggAyABNgIEQfEAIQIMrQELQYoBIQIMxQELAkAgASAERwRAA0AgAS0AAEGg0ABqLQAAIgBBA0cEQAJAIABBAWsOAkkABAtB8AAhAgyvAQsgBCABQQFqIgFHDQALQYgBIQIMxgELQYgBIQIMxQELIANBADYCHCADIAE2AhQgA0HbIDYCECADQQc2AgxBACECDMQBCyABIARGBEBBiQEhAgzEAQsCQAJAAkAgAS0AAEGg0gBqLQAAQQFrDgNGAgABC0HyACECDKwBCyADQQA2AhwgAyABNgIUIANBtBI2AhAgA0EHNgIMQQAhAgzEAQtB6gAhAgyqAQsgASAERwRAIAFBAWohAUHvACECDKoBC0GHASECDMIBCyAEIAEiAEYEQEGGASECDMIBCyAALQAAIgFBL0YEQCAAQQFqIQFB7gAhAgypAQsgAUEJayICQRdLDQEgACEBQQEgAnRBm4CABHENQQwBCyAEIAEiAEYEQEGFASECDMEBCyAALQAAQS9HDQAgAEEBaiEBDAMLQQAhAiADQQA2AhwgAyAANgIUIANB2yA2AhAgA0EHNgIMDL8BCwJAAkACQAJAAkADQCABLQAAQaDOAGotAAAiAEEFRwRAAkACQCAAQQFrDghHBQYHCAAEAQgLQesAIQIMrQELIAFBAWohAUHtACECDKwBCyAEIAFBAWoiAUcNAAtBhAEhAgzDAQsgAUEBagwUCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNHiADQdsANgIcIAMgATYCFCADIAA2AgxBACECDMEBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNHiADQd0ANgIcIAMgATYCFCADIAA2AgxBACECDMABCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNHiADQfoANgIcIAMgATYCFCADIAA2AgxBACECDL8BCyADQQA2AhwgAyABNgIUIANB+Q82AhAgA0EHNgIMQQAhAgy+AQsgASAERgRAQYMBIQIMvgELAkAgAS0AAEGgzgBqLQAAQQFrDgg+BAUGAAgCAwcLIAFBAWohAQtBAyECDKMBCyABQQFqDA0LQQAhAiADQQA2AhwgA0HREjYCECADQQc2AgwgAyABQQFqNgIUDLoBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNFiADQdsANgIcIAMgATYCFCADIAA2AgxBACECDLkBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNFiADQd0ANgIcIAMgATYCFCADIAA2AgxBACECDLgBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNFiADQfoANgIcIAMgATYCFCADIAA2AgxBACECDLcBCyADQQA2AhwgAyABNgIUIANB+Q82AhAgA0EHNgIMQQAhAgy2AQtB7AAhAgycAQsgASAERgRAQYIBIQIMtQELIAFBAWoMAgsgASAERgRAQYEBIQIMtAELIAFBAWoMAQsgASAERg0BIAFBAWoLIQFBBCECDJgBC0GAASECDLABCwNAIAEtAABBoMwAai0AACIAQQJHBEAgAEEBRwRAQekAIQIMmQELDDELIAQgAUEBaiIBRw0AC0H/ACECDK8BCyABIARGBEBB/gAhAgyvAQsCQCABLQAAQQlrDjcvAwYvBAYGBgYGBgYGBgYGBgYGBgYGBgUGBgIGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYABgsgAUEBagshAUEFIQIMlAELIAFBAWoMBgsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDQggA0HbADYCHCADIAE2AhQgAyAANgIMQQAhAgyrAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDQggA0HdADYCHCADIAE2AhQgAyAANgIMQQAhAgyqAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDQggA0H6ADYCHCADIAE2AhQgAyAANgIMQQAhAgypAQsgA0EANgIcIAMgATYCFCADQY0UNgIQIANBBzYCDEEAIQIMqAELAkACQAJAAkADQCABLQAAQaDKAGotAAAiAEEFRwRAAkAgAEEBaw4GLgMEBQYABgtB6AAhAgyUAQsgBCABQQFqIgFHDQALQf0AIQIMqwELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0HIANB2wA2AhwgAyABNgIUIAMgADYCDEEAIQIMqgELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0HIANB3QA2AhwgAyABNgIUIAMgADYCDEEAIQIMqQELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0HIANB+gA2AhwgAyABNgIUIAMgADYCDEEAIQIMqAELIANBADYCHCADIAE2AhQgA0HkCDYCECADQQc2AgxBACECDKcBCyABIARGDQEgAUEBagshAUEGIQIMjAELQfwAIQIMpAELAkACQAJAAkADQCABLQAAQaDIAGotAAAiAEEFRwRAIABBAWsOBCkCAwQFCyAEIAFBAWoiAUcNAAtB+wAhAgynAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDQMgA0HbADYCHCADIAE2AhQgAyAANgIMQQAhAgymAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDQMgA0HdADYCHCADIAE2AhQgAyAANgIMQQAhAgylAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDQMgA0H6ADYCHCADIAE2AhQgAyAANgIMQQAhAgykAQsgA0EANgIcIAMgATYCFCADQbwKNgIQIANBBzYCDEEAIQIMowELQc8AIQIMiQELQdEAIQIMiAELQecAIQIMhwELIAEgBEYEQEH6ACECDKABCwJAIAEtAABBCWsOBCAAACAACyABQQFqIQFB5gAhAgyGAQsgASAERgRAQfkAIQIMnwELAkAgAS0AAEEJaw4EHwAAHwALQQAhAAJAIAMoAjgiAkUNACACKAI4IgJFDQAgAyACEQAAIQALIABFBEBB4gEhAgyGAQsgAEEVRwRAIANBADYCHCADIAE2AhQgA0HJDTYCECADQRo2AgxBACECDJ8BCyADQfgANgIcIAMgATYCFCADQeoaNgIQIANBFTYCDEEAIQIMngELIAEgBEcEQCADQQ02AgggAyABNgIEQeQAIQIMhQELQfcAIQIMnQELIAEgBEYEQEH2ACECDJ0BCwJAAkACQCABLQAAQcgAaw4LAAELCwsLCwsLCwILCyABQQFqIQFB3QAhAgyFAQsgAUEBaiEBQeAAIQIMhAELIAFBAWohAUHjACECDIMBC0H1ACECIAEgBEYNmwEgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBtdUAai0AAEcNCCAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMnAELIAMoAgQhACADQgA3AwAgAyAAIAZBAWoiARArIgAEQCADQfQANgIcIAMgATYCFCADIAA2AgxBACECDJwBC0HiACECDIIBC0EAIQACQCADKAI4IgJFDQAgAigCNCICRQ0AIAMgAhEAACEACwJAIAAEQCAAQRVGDQEgA0EANgIcIAMgATYCFCADQeoNNgIQIANBJjYCDEEAIQIMnAELQeEAIQIMggELIANB8wA2AhwgAyABNgIUIANBgBs2AhAgA0EVNgIMQQAhAgyaAQsgAy0AKSIAQSNrQQtJDQkCQCAAQQZLDQBBASAAdEHKAHFFDQAMCgtBACECIANBADYCHCADIAE2AhQgA0HtCTYCECADQQg2AgwMmQELQfIAIQIgASAERg2YASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGz1QBqLQAARw0FIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyZAQsgAygCBCEAIANCADcDACADIAAgBkEBaiIBECsiAARAIANB8QA2AhwgAyABNgIUIAMgADYCDEEAIQIMmQELQd8AIQIMfwtBACEAAkAgAygCOCICRQ0AIAIoAjQiAkUNACADIAIRAAAhAAsCQCAABEAgAEEVRg0BIANBADYCHCADIAE2AhQgA0HqDTYCECADQSY2AgxBACECDJkBC0HeACECDH8LIANB8AA2AhwgAyABNgIUIANBgBs2AhAgA0EVNgIMQQAhAgyXAQsgAy0AKUEhRg0GIANBADYCHCADIAE2AhQgA0GRCjYCECADQQg2AgxBACECDJYBC0HvACECIAEgBEYNlQEgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBsNUAai0AAEcNAiAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMlgELIAMoAgQhACADQgA3AwAgAyAAIAZBAWoiARArIgBFDQIgA0HtADYCHCADIAE2AhQgAyAANgIMQQAhAgyVAQsgA0EANgIACyADKAIEIQAgA0EANgIEIAMgACABECsiAEUNgAEgA0HuADYCHCADIAE2AhQgAyAANgIMQQAhAgyTAQtB3AAhAgx5C0EAIQACQCADKAI4IgJFDQAgAigCNCICRQ0AIAMgAhEAACEACwJAIAAEQCAAQRVGDQEgA0EANgIcIAMgATYCFCADQeoNNgIQIANBJjYCDEEAIQIMkwELQdsAIQIMeQsgA0HsADYCHCADIAE2AhQgA0GAGzYCECADQRU2AgxBACECDJEBCyADLQApIgBBI0kNACAAQS5GDQAgA0EANgIcIAMgATYCFCADQckJNgIQIANBCDYCDEEAIQIMkAELQdoAIQIMdgsgASAERgRAQesAIQIMjwELAkAgAS0AAEEvRgRAIAFBAWohAQwBCyADQQA2AhwgAyABNgIUIANBsjg2AhAgA0EINgIMQQAhAgyPAQtB2QAhAgx1CyABIARHBEAgA0EONgIIIAMgATYCBEHYACECDHULQeoAIQIMjQELIAEgBEYEQEHpACECDI0BCyABLQAAQTBrIgBB/wFxQQpJBEAgAyAAOgAqIAFBAWohAUHXACECDHQLIAMoAgQhACADQQA2AgQgAyAAIAEQLyIARQ16IANB6AA2AhwgAyABNgIUIAMgADYCDEEAIQIMjAELIAEgBEYEQEHnACECDIwBCwJAIAEtAABBLkYEQCABQQFqIQEMAQsgAygCBCEAIANBADYCBCADIAAgARAvIgBFDXsgA0HmADYCHCADIAE2AhQgAyAANgIMQQAhAgyMAQtB1gAhAgxyCyABIARGBEBB5QAhAgyLAQtBACEAQQEhBUEBIQdBACECAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkAgAS0AAEEwaw4KCgkAAQIDBAUGCAsLQQIMBgtBAwwFC0EEDAQLQQUMAwtBBgwCC0EHDAELQQgLIQJBACEFQQAhBwwCC0EJIQJBASEAQQAhBUEAIQcMAQtBACEFQQEhAgsgAyACOgArIAFBAWohAQJAAkAgAy0ALkEQcQ0AAkACQAJAIAMtACoOAwEAAgQLIAdFDQMMAgsgAA0BDAILIAVFDQELIAMoAgQhACADQQA2AgQgAyAAIAEQLyIARQ0CIANB4gA2AhwgAyABNgIUIAMgADYCDEEAIQIMjQELIAMoAgQhACADQQA2AgQgAyAAIAEQLyIARQ19IANB4wA2AhwgAyABNgIUIAMgADYCDEEAIQIMjAELIAMoAgQhACADQQA2AgQgAyAAIAEQLyIARQ17IANB5AA2AhwgAyABNgIUIAMgADYCDAyLAQtB1AAhAgxxCyADLQApQSJGDYYBQdMAIQIMcAtBACEAAkAgAygCOCICRQ0AIAIoAkQiAkUNACADIAIRAAAhAAsgAEUEQEHVACECDHALIABBFUcEQCADQQA2AhwgAyABNgIUIANBpA02AhAgA0EhNgIMQQAhAgyJAQsgA0HhADYCHCADIAE2AhQgA0HQGjYCECADQRU2AgxBACECDIgBCyABIARGBEBB4AAhAgyIAQsCQAJAAkACQAJAIAEtAABBCmsOBAEEBAAECyABQQFqIQEMAQsgAUEBaiEBIANBL2otAABBAXFFDQELQdIAIQIMcAsgA0EANgIcIAMgATYCFCADQbYRNgIQIANBCTYCDEEAIQIMiAELIANBADYCHCADIAE2AhQgA0G2ETYCECADQQk2AgxBACECDIcBCyABIARGBEBB3wAhAgyHAQsgAS0AAEEKRgRAIAFBAWohAQwJCyADLQAuQcAAcQ0IIANBADYCHCADIAE2AhQgA0G2ETYCECADQQI2AgxBACECDIYBCyABIARGBEBB3QAhAgyGAQsgAS0AACICQQ1GBEAgAUEBaiEBQdAAIQIMbQsgASEAIAJBCWsOBAUBAQUBCyAEIAEiAEYEQEHcACECDIUBCyAALQAAQQpHDQAgAEEBagwCC0EAIQIgA0EANgIcIAMgADYCFCADQcotNgIQIANBBzYCDAyDAQsgASAERgRAQdsAIQIMgwELAkAgAS0AAEEJaw4EAwAAAwALIAFBAWoLIQFBzgAhAgxoCyABIARGBEBB2gAhAgyBAQsgAS0AAEEJaw4EAAEBAAELQQAhAiADQQA2AhwgA0GaEjYCECADQQc2AgwgAyABQQFqNgIUDH8LIANBgBI7ASpBACEAAkAgAygCOCICRQ0AIAIoAjgiAkUNACADIAIRAAAhAAsgAEUNACAAQRVHDQEgA0HZADYCHCADIAE2AhQgA0HqGjYCECADQRU2AgxBACECDH4LQc0AIQIMZAsgA0EANgIcIAMgATYCFCADQckNNgIQIANBGjYCDEEAIQIMfAsgASAERgRAQdkAIQIMfAsgAS0AAEEgRw09IAFBAWohASADLQAuQQFxDT0gA0EANgIcIAMgATYCFCADQcIcNgIQIANBHjYCDEEAIQIMewsgASAERgRAQdgAIQIMewsCQAJAAkACQAJAIAEtAAAiAEEKaw4EAgMDAAELIAFBAWohAUEsIQIMZQsgAEE6Rw0BIANBADYCHCADIAE2AhQgA0HnETYCECADQQo2AgxBACECDH0LIAFBAWohASADQS9qLQAAQQFxRQ1zIAMtADJBgAFxRQRAIANBMmohAiADEDVBACEAAkAgAygCOCIGRQ0AIAYoAigiBkUNACADIAYRAAAhAAsCQAJAIAAOFk1MSwEBAQEBAQEBAQEBAQEBAQEBAQABCyADQSk2AhwgAyABNgIUIANBrBk2AhAgA0EVNgIMQQAhAgx+CyADQQA2AhwgAyABNgIUIANB5Qs2AhAgA0ERNgIMQQAhAgx9C0EAIQACQCADKAI4IgJFDQAgAigCXCICRQ0AIAMgAhEAACEACyAARQ1ZIABBFUcNASADQQU2AhwgAyABNgIUIANBmxs2AhAgA0EVNgIMQQAhAgx8C0HLACECDGILQQAhAiADQQA2AhwgAyABNgIUIANBkA42AhAgA0EUNgIMDHoLIAMgAy8BMkGAAXI7ATIMOwsgASAERwRAIANBETYCCCADIAE2AgRBygAhAgxgC0HXACECDHgLIAEgBEYEQEHWACECDHgLAkACQAJAAkAgAS0AACIAQSByIAAgAEHBAGtB/wFxQRpJG0H/AXFB4wBrDhMAQEBAQEBAQEBAQEBAAUBAQAIDQAsgAUEBaiEBQcYAIQIMYQsgAUEBaiEBQccAIQIMYAsgAUEBaiEBQcgAIQIMXwsgAUEBaiEBQckAIQIMXgtB1QAhAiAEIAEiAEYNdiAEIAFrIAMoAgAiAWohBiAAIAFrQQVqIQcDQCABQZDIAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQhBBCABQQVGDQoaIAFBAWohASAEIABBAWoiAEcNAAsgAyAGNgIADHYLQdQAIQIgBCABIgBGDXUgBCABayADKAIAIgFqIQYgACABa0EPaiEHA0AgAUGAyABqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0HQQMgAUEPRg0JGiABQQFqIQEgBCAAQQFqIgBHDQALIAMgBjYCAAx1C0HTACECIAQgASIARg10IAQgAWsgAygCACIBaiEGIAAgAWtBDmohBwNAIAFB4scAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNBiABQQ5GDQcgAUEBaiEBIAQgAEEBaiIARw0ACyADIAY2AgAMdAtB0gAhAiAEIAEiAEYNcyAEIAFrIAMoAgAiAWohBSAAIAFrQQFqIQYDQCABQeDHAGotAAAgAC0AACIHQSByIAcgB0HBAGtB/wFxQRpJG0H/AXFHDQUgAUEBRg0CIAFBAWohASAEIABBAWoiAEcNAAsgAyAFNgIADHMLIAEgBEYEQEHRACECDHMLAkACQCABLQAAIgBBIHIgACAAQcEAa0H/AXFBGkkbQf8BcUHuAGsOBwA5OTk5OQE5CyABQQFqIQFBwwAhAgxaCyABQQFqIQFBxAAhAgxZCyADQQA2AgAgBkEBaiEBQcUAIQIMWAtB0AAhAiAEIAEiAEYNcCAEIAFrIAMoAgAiAWohBiAAIAFrQQlqIQcDQCABQdbHAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQJBAiABQQlGDQQaIAFBAWohASAEIABBAWoiAEcNAAsgAyAGNgIADHALQc8AIQIgBCABIgBGDW8gBCABayADKAIAIgFqIQYgACABa0EFaiEHA0AgAUHQxwBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBBUYNAiABQQFqIQEgBCAAQQFqIgBHDQALIAMgBjYCAAxvCyAAIQEgA0EANgIADDMLQQELOgAsIANBADYCACAHQQFqIQELQS0hAgxSCwJAA0AgAS0AAEHQxQBqLQAAQQFHDQEgBCABQQFqIgFHDQALQc0AIQIMawtBwgAhAgxRCyABIARGBEBBzAAhAgxqCyABLQAAQTpGBEAgAygCBCEAIANBADYCBCADIAAgARAwIgBFDTMgA0HLADYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgxqCyADQQA2AhwgAyABNgIUIANB5xE2AhAgA0EKNgIMQQAhAgxpCwJAAkAgAy0ALEECaw4CAAEnCyADQTNqLQAAQQJxRQ0mIAMtAC5BAnENJiADQQA2AhwgAyABNgIUIANBphQ2AhAgA0ELNgIMQQAhAgxpCyADLQAyQSBxRQ0lIAMtAC5BAnENJSADQQA2AhwgAyABNgIUIANBvRM2AhAgA0EPNgIMQQAhAgxoC0EAIQACQCADKAI4IgJFDQAgAigCSCICRQ0AIAMgAhEAACEACyAARQRAQcEAIQIMTwsgAEEVRwRAIANBADYCHCADIAE2AhQgA0GmDzYCECADQRw2AgxBACECDGgLIANBygA2AhwgAyABNgIUIANBhRw2AhAgA0EVNgIMQQAhAgxnCyABIARHBEAgASECA0AgBCACIgFrQRBOBEAgAUEQaiEC/Qz/////////////////////IAH9AAAAIg1BB/1sIA39DODg4ODg4ODg4ODg4ODg4OD9bv0MX19fX19fX19fX19fX19fX/0mIA39DAkJCQkJCQkJCQkJCQkJCQn9I/1Q/VL9ZEF/c2giAEEQRg0BIAAgAWohAQwYCyABIARGBEBBxAAhAgxpCyABLQAAQcDBAGotAABBAUcNFyAEIAFBAWoiAkcNAAtBxAAhAgxnC0HEACECDGYLIAEgBEcEQANAAkAgAS0AACIAQSByIAAgAEHBAGtB/wFxQRpJG0H/AXEiAEEJRg0AIABBIEYNAAJAAkACQAJAIABB4wBrDhMAAwMDAwMDAwEDAwMDAwMDAwMCAwsgAUEBaiEBQTYhAgxSCyABQQFqIQFBNyECDFELIAFBAWohAUE4IQIMUAsMFQsgBCABQQFqIgFHDQALQTwhAgxmC0E8IQIMZQsgASAERgRAQcgAIQIMZQsgA0ESNgIIIAMgATYCBAJAAkACQAJAAkAgAy0ALEEBaw4EFAABAgkLIAMtADJBIHENA0HgASECDE8LAkAgAy8BMiIAQQhxRQ0AIAMtAChBAUcNACADLQAuQQhxRQ0CCyADIABB9/sDcUGABHI7ATIMCwsgAyADLwEyQRByOwEyDAQLIANBADYCBCADIAEgARAxIgAEQCADQcEANgIcIAMgADYCDCADIAFBAWo2AhRBACECDGYLIAFBAWohAQxYCyADQQA2AhwgAyABNgIUIANB9BM2AhAgA0EENgIMQQAhAgxkC0HHACECIAEgBEYNYyADKAIAIgAgBCABa2ohBSABIABrQQZqIQYCQANAIABBwMUAai0AACABLQAAQSByRw0BIABBBkYNSiAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAxkCyADQQA2AgAMBQsCQCABIARHBEADQCABLQAAQcDDAGotAAAiAEEBRwRAIABBAkcNAyABQQFqIQEMBQsgBCABQQFqIgFHDQALQcUAIQIMZAtBxQAhAgxjCwsgA0EAOgAsDAELQQshAgxHC0E/IQIMRgsCQAJAA0AgAS0AACIAQSBHBEACQCAAQQprDgQDBQUDAAsgAEEsRg0DDAQLIAQgAUEBaiIBRw0AC0HGACECDGALIANBCDoALAwOCyADLQAoQQFHDQIgAy0ALkEIcQ0CIAMoAgQhACADQQA2AgQgAyAAIAEQMSIABEAgA0HCADYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgxfCyABQQFqIQEMUAtBOyECDEQLAkADQCABLQAAIgBBIEcgAEEJR3ENASAEIAFBAWoiAUcNAAtBwwAhAgxdCwtBPCECDEILAkACQCABIARHBEADQCABLQAAIgBBIEcEQCAAQQprDgQDBAQDBAsgBCABQQFqIgFHDQALQT8hAgxdC0E/IQIMXAsgAyADLwEyQSByOwEyDAoLIAMoAgQhACADQQA2AgQgAyAAIAEQMSIARQ1OIANBPjYCHCADIAE2AhQgAyAANgIMQQAhAgxaCwJAIAEgBEcEQANAIAEtAABBwMMAai0AACIAQQFHBEAgAEECRg0DDAwLIAQgAUEBaiIBRw0AC0E3IQIMWwtBNyECDFoLIAFBAWohAQwEC0E7IQIgBCABIgBGDVggBCABayADKAIAIgFqIQYgACABa0EFaiEHAkADQCABQZDIAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQEgAUEFRgRAQQchAQw/CyABQQFqIQEgBCAAQQFqIgBHDQALIAMgBjYCAAxZCyADQQA2AgAgACEBDAULQTohAiAEIAEiAEYNVyAEIAFrIAMoAgAiAWohBiAAIAFrQQhqIQcCQANAIAFBtMEAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNASABQQhGBEBBBSEBDD4LIAFBAWohASAEIABBAWoiAEcNAAsgAyAGNgIADFgLIANBADYCACAAIQEMBAtBOSECIAQgASIARg1WIAQgAWsgAygCACIBaiEGIAAgAWtBA2ohBwJAA0AgAUGwwQBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBA0YEQEEGIQEMPQsgAUEBaiEBIAQgAEEBaiIARw0ACyADIAY2AgAMVwsgA0EANgIAIAAhAQwDCwJAA0AgAS0AACIAQSBHBEAgAEEKaw4EBwQEBwILIAQgAUEBaiIBRw0AC0E4IQIMVgsgAEEsRw0BIAFBAWohAEEBIQECQAJAAkACQAJAIAMtACxBBWsOBAMBAgQACyAAIQEMBAtBAiEBDAELQQQhAQsgA0EBOgAsIAMgAy8BMiABcjsBMiAAIQEMAQsgAyADLwEyQQhyOwEyIAAhAQtBPiECDDsLIANBADoALAtBOSECDDkLIAEgBEYEQEE2IQIMUgsCQAJAAkACQAJAIAEtAABBCmsOBAACAgECCyADKAIEIQAgA0EANgIEIAMgACABEDEiAEUNAiADQTM2AhwgAyABNgIUIAMgADYCDEEAIQIMVQsgAygCBCEAIANBADYCBCADIAAgARAxIgBFBEAgAUEBaiEBDAYLIANBMjYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgxUCyADLQAuQQFxBEBB3wEhAgw7CyADKAIEIQAgA0EANgIEIAMgACABEDEiAA0BDEkLQTQhAgw5CyADQTU2AhwgAyABNgIUIAMgADYCDEEAIQIMUQtBNSECDDcLIANBL2otAABBAXENACADQQA2AhwgAyABNgIUIANB6xY2AhAgA0EZNgIMQQAhAgxPC0EzIQIMNQsgASAERgRAQTIhAgxOCwJAIAEtAABBCkYEQCABQQFqIQEMAQsgA0EANgIcIAMgATYCFCADQZIXNgIQIANBAzYCDEEAIQIMTgtBMiECDDQLIAEgBEYEQEExIQIMTQsCQCABLQAAIgBBCUYNACAAQSBGDQBBASECAkAgAy0ALEEFaw4EBgQFAA0LIAMgAy8BMkEIcjsBMgwMCyADLQAuQQFxRQ0BIAMtACxBCEcNACADQQA6ACwLQT0hAgwyCyADQQA2AhwgAyABNgIUIANBwhY2AhAgA0EKNgIMQQAhAgxKC0ECIQIMAQtBBCECCyADQQE6ACwgAyADLwEyIAJyOwEyDAYLIAEgBEYEQEEwIQIMRwsgAS0AAEEKRgRAIAFBAWohAQwBCyADLQAuQQFxDQAgA0EANgIcIAMgATYCFCADQdwoNgIQIANBAjYCDEEAIQIMRgtBMCECDCwLIAFBAWohAUExIQIMKwsgASAERgRAQS8hAgxECyABLQAAIgBBCUcgAEEgR3FFBEAgAUEBaiEBIAMtAC5BAXENASADQQA2AhwgAyABNgIUIANBlxA2AhAgA0EKNgIMQQAhAgxEC0EBIQICQAJAAkACQAJAAkAgAy0ALEECaw4HBQQEAwECAAQLIAMgAy8BMkEIcjsBMgwDC0ECIQIMAQtBBCECCyADQQE6ACwgAyADLwEyIAJyOwEyC0EvIQIMKwsgA0EANgIcIAMgATYCFCADQYQTNgIQIANBCzYCDEEAIQIMQwtB4QEhAgwpCyABIARGBEBBLiECDEILIANBADYCBCADQRI2AgggAyABIAEQMSIADQELQS4hAgwnCyADQS02AhwgAyABNgIUIAMgADYCDEEAIQIMPwtBACEAAkAgAygCOCICRQ0AIAIoAkwiAkUNACADIAIRAAAhAAsgAEUNACAAQRVHDQEgA0HYADYCHCADIAE2AhQgA0GzGzYCECADQRU2AgxBACECDD4LQcwAIQIMJAsgA0EANgIcIAMgATYCFCADQbMONgIQIANBHTYCDEEAIQIMPAsgASAERgRAQc4AIQIMPAsgAS0AACIAQSBGDQIgAEE6Rg0BCyADQQA6ACxBCSECDCELIAMoAgQhACADQQA2AgQgAyAAIAEQMCIADQEMAgsgAy0ALkEBcQRAQd4BIQIMIAsgAygCBCEAIANBADYCBCADIAAgARAwIgBFDQIgA0EqNgIcIAMgADYCDCADIAFBAWo2AhRBACECDDgLIANBywA2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIMNwsgAUEBaiEBQcAAIQIMHQsgAUEBaiEBDCwLIAEgBEYEQEErIQIMNQsCQCABLQAAQQpGBEAgAUEBaiEBDAELIAMtAC5BwABxRQ0GCyADLQAyQYABcQRAQQAhAAJAIAMoAjgiAkUNACACKAJcIgJFDQAgAyACEQAAIQALIABFDRIgAEEVRgRAIANBBTYCHCADIAE2AhQgA0GbGzYCECADQRU2AgxBACECDDYLIANBADYCHCADIAE2AhQgA0GQDjYCECADQRQ2AgxBACECDDULIANBMmohAiADEDVBACEAAkAgAygCOCIGRQ0AIAYoAigiBkUNACADIAYRAAAhAAsgAA4WAgEABAQEBAQEBAQEBAQEBAQEBAQEAwQLIANBAToAMAsgAiACLwEAQcAAcjsBAAtBKyECDBgLIANBKTYCHCADIAE2AhQgA0GsGTYCECADQRU2AgxBACECDDALIANBADYCHCADIAE2AhQgA0HlCzYCECADQRE2AgxBACECDC8LIANBADYCHCADIAE2AhQgA0GlCzYCECADQQI2AgxBACECDC4LQQEhByADLwEyIgVBCHFFBEAgAykDIEIAUiEHCwJAIAMtADAEQEEBIQAgAy0AKUEFRg0BIAVBwABxRSAHcUUNAQsCQCADLQAoIgJBAkYEQEEBIQAgAy8BNCIGQeUARg0CQQAhACAFQcAAcQ0CIAZB5ABGDQIgBkHmAGtBAkkNAiAGQcwBRg0CIAZBsAJGDQIMAQtBACEAIAVBwABxDQELQQIhACAFQQhxDQAgBUGABHEEQAJAIAJBAUcNACADLQAuQQpxDQBBBSEADAILQQQhAAwBCyAFQSBxRQRAIAMQNkEAR0ECdCEADAELQQBBAyADKQMgUBshAAsgAEEBaw4FAgAHAQMEC0ERIQIMEwsgA0EBOgAxDCkLQQAhAgJAIAMoAjgiAEUNACAAKAIwIgBFDQAgAyAAEQAAIQILIAJFDSYgAkEVRgRAIANBAzYCHCADIAE2AhQgA0HSGzYCECADQRU2AgxBACECDCsLQQAhAiADQQA2AhwgAyABNgIUIANB3Q42AhAgA0ESNgIMDCoLIANBADYCHCADIAE2AhQgA0H5IDYCECADQQ82AgxBACECDCkLQQAhAAJAIAMoAjgiAkUNACACKAIwIgJFDQAgAyACEQAAIQALIAANAQtBDiECDA4LIABBFUYEQCADQQI2AhwgAyABNgIUIANB0hs2AhAgA0EVNgIMQQAhAgwnCyADQQA2AhwgAyABNgIUIANB3Q42AhAgA0ESNgIMQQAhAgwmC0EqIQIMDAsgASAERwRAIANBCTYCCCADIAE2AgRBKSECDAwLQSYhAgwkCyADIAMpAyAiDCAEIAFrrSIKfSILQgAgCyAMWBs3AyAgCiAMVARAQSUhAgwkCyADKAIEIQAgA0EANgIEIAMgACABIAynaiIBEDIiAEUNACADQQU2AhwgAyABNgIUIAMgADYCDEEAIQIMIwtBDyECDAkLQgAhCgJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCABLQAAQTBrDjcXFgABAgMEBQYHFBQUFBQUFAgJCgsMDRQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUDg8QERITFAtCAiEKDBYLQgMhCgwVC0IEIQoMFAtCBSEKDBMLQgYhCgwSC0IHIQoMEQtCCCEKDBALQgkhCgwPC0IKIQoMDgtCCyEKDA0LQgwhCgwMC0INIQoMCwtCDiEKDAoLQg8hCgwJC0IKIQoMCAtCCyEKDAcLQgwhCgwGC0INIQoMBQtCDiEKDAQLQg8hCgwDCyADQQA2AhwgAyABNgIUIANBnxU2AhAgA0EMNgIMQQAhAgwhCyABIARGBEBBIiECDCELQgAhCgJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAS0AAEEwaw43FRQAAQIDBAUGBxYWFhYWFhYICQoLDA0WFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFg4PEBESExYLQgIhCgwUC0IDIQoMEwtCBCEKDBILQgUhCgwRC0IGIQoMEAtCByEKDA8LQgghCgwOC0IJIQoMDQtCCiEKDAwLQgshCgwLC0IMIQoMCgtCDSEKDAkLQg4hCgwIC0IPIQoMBwtCCiEKDAYLQgshCgwFC0IMIQoMBAtCDSEKDAMLQg4hCgwCC0IPIQoMAQtCASEKCyABQQFqIQEgAykDICILQv//////////D1gEQCADIAtCBIYgCoQ3AyAMAgsgA0EANgIcIAMgATYCFCADQbUJNgIQIANBDDYCDEEAIQIMHgtBJyECDAQLQSghAgwDCyADIAE6ACwgA0EANgIAIAdBAWohAUEMIQIMAgsgA0EANgIAIAZBAWohAUEKIQIMAQsgAUEBaiEBQQghAgwACwALQQAhAiADQQA2AhwgAyABNgIUIANBsjg2AhAgA0EINgIMDBcLQQAhAiADQQA2AhwgAyABNgIUIANBgxE2AhAgA0EJNgIMDBYLQQAhAiADQQA2AhwgAyABNgIUIANB3wo2AhAgA0EJNgIMDBULQQAhAiADQQA2AhwgAyABNgIUIANB7RA2AhAgA0EJNgIMDBQLQQAhAiADQQA2AhwgAyABNgIUIANB0hE2AhAgA0EJNgIMDBMLQQAhAiADQQA2AhwgAyABNgIUIANBsjg2AhAgA0EINgIMDBILQQAhAiADQQA2AhwgAyABNgIUIANBgxE2AhAgA0EJNgIMDBELQQAhAiADQQA2AhwgAyABNgIUIANB3wo2AhAgA0EJNgIMDBALQQAhAiADQQA2AhwgAyABNgIUIANB7RA2AhAgA0EJNgIMDA8LQQAhAiADQQA2AhwgAyABNgIUIANB0hE2AhAgA0EJNgIMDA4LQQAhAiADQQA2AhwgAyABNgIUIANBuRc2AhAgA0EPNgIMDA0LQQAhAiADQQA2AhwgAyABNgIUIANBuRc2AhAgA0EPNgIMDAwLQQAhAiADQQA2AhwgAyABNgIUIANBmRM2AhAgA0ELNgIMDAsLQQAhAiADQQA2AhwgAyABNgIUIANBnQk2AhAgA0ELNgIMDAoLQQAhAiADQQA2AhwgAyABNgIUIANBlxA2AhAgA0EKNgIMDAkLQQAhAiADQQA2AhwgAyABNgIUIANBsRA2AhAgA0EKNgIMDAgLQQAhAiADQQA2AhwgAyABNgIUIANBux02AhAgA0ECNgIMDAcLQQAhAiADQQA2AhwgAyABNgIUIANBlhY2AhAgA0ECNgIMDAYLQQAhAiADQQA2AhwgAyABNgIUIANB+Rg2AhAgA0ECNgIMDAULQQAhAiADQQA2AhwgAyABNgIUIANBxBg2AhAgA0ECNgIMDAQLIANBAjYCHCADIAE2AhQgA0GpHjYCECADQRY2AgxBACECDAMLQd4AIQIgASAERg0CIAlBCGohByADKAIAIQUCQAJAIAEgBEcEQCAFQZbIAGohCCAEIAVqIAFrIQYgBUF/c0EKaiIFIAFqIQADQCABLQAAIAgtAABHBEBBAiEIDAMLIAVFBEBBACEIIAAhAQwDCyAFQQFrIQUgCEEBaiEIIAQgAUEBaiIBRw0ACyAGIQUgBCEBCyAHQQE2AgAgAyAFNgIADAELIANBADYCACAHIAg2AgALIAcgATYCBCAJKAIMIQACQAJAIAkoAghBAWsOAgQBAAsgA0EANgIcIANBwh42AhAgA0EXNgIMIAMgAEEBajYCFEEAIQIMAwsgA0EANgIcIAMgADYCFCADQdceNgIQIANBCTYCDEEAIQIMAgsgASAERgRAQSghAgwCCyADQQk2AgggAyABNgIEQSchAgwBCyABIARGBEBBASECDAELA0ACQAJAAkAgAS0AAEEKaw4EAAEBAAELIAFBAWohAQwBCyABQQFqIQEgAy0ALkEgcQ0AQQAhAiADQQA2AhwgAyABNgIUIANBoSE2AhAgA0EFNgIMDAILQQEhAiABIARHDQALCyAJQRBqJAAgAkUEQCADKAIMIQAMAQsgAyACNgIcQQAhACADKAIEIgFFDQAgAyABIAQgAygCCBEBACIBRQ0AIAMgBDYCFCADIAE2AgwgASEACyAAC74CAQJ/IABBADoAACAAQeQAaiIBQQFrQQA6AAAgAEEAOgACIABBADoAASABQQNrQQA6AAAgAUECa0EAOgAAIABBADoAAyABQQRrQQA6AABBACAAa0EDcSIBIABqIgBBADYCAEHkACABa0F8cSICIABqIgFBBGtBADYCAAJAIAJBCUkNACAAQQA2AgggAEEANgIEIAFBCGtBADYCACABQQxrQQA2AgAgAkEZSQ0AIABBADYCGCAAQQA2AhQgAEEANgIQIABBADYCDCABQRBrQQA2AgAgAUEUa0EANgIAIAFBGGtBADYCACABQRxrQQA2AgAgAiAAQQRxQRhyIgJrIgFBIEkNACAAIAJqIQADQCAAQgA3AxggAEIANwMQIABCADcDCCAAQgA3AwAgAEEgaiEAIAFBIGsiAUEfSw0ACwsLVgEBfwJAIAAoAgwNAAJAAkACQAJAIAAtADEOAwEAAwILIAAoAjgiAUUNACABKAIwIgFFDQAgACABEQAAIgENAwtBAA8LAAsgAEHKGTYCEEEOIQELIAELGgAgACgCDEUEQCAAQd4fNgIQIABBFTYCDAsLFAAgACgCDEEVRgRAIABBADYCDAsLFAAgACgCDEEWRgRAIABBADYCDAsLBwAgACgCDAsHACAAKAIQCwkAIAAgATYCEAsHACAAKAIUCysAAkAgAEEnTw0AQv//////CSAArYhCAYNQDQAgAEECdEHQOGooAgAPCwALFwAgAEEvTwRAAAsgAEECdEHsOWooAgALvwkBAX9B9C0hAQJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIABB5ABrDvQDY2IAAWFhYWFhYQIDBAVhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhBgcICQoLDA0OD2FhYWFhEGFhYWFhYWFhYWFhEWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYRITFBUWFxgZGhthYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2YTc4OTphYWFhYWFhYTthYWE8YWFhYT0+P2FhYWFhYWFhQGFhQWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYUJDREVGR0hJSktMTU5PUFFSU2FhYWFhYWFhVFVWV1hZWlthXF1hYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFeYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhX2BhC0HqLA8LQZgmDwtB7TEPC0GgNw8LQckpDwtBtCkPC0GWLQ8LQesrDwtBojUPC0HbNA8LQeApDwtB4yQPC0HVJA8LQe4kDwtB5iUPC0HKNA8LQdA3DwtBqjUPC0H1LA8LQfYmDwtBgiIPC0HyMw8LQb4oDwtB5zcPC0HNIQ8LQcAhDwtBuCUPC0HLJQ8LQZYkDwtBjzQPC0HNNQ8LQd0qDwtB7jMPC0GcNA8LQZ4xDwtB9DUPC0HlIg8LQa8lDwtBmTEPC0GyNg8LQfk2DwtBxDIPC0HdLA8LQYIxDwtBwTEPC0GNNw8LQckkDwtB7DYPC0HnKg8LQcgjDwtB4iEPC0HJNw8LQaUiDwtBlCIPC0HbNg8LQd41DwtBhiYPC0G8Kw8LQYsyDwtBoCMPC0H2MA8LQYAsDwtBiSsPC0GkJg8LQfIjDwtBgSgPC0GrMg8LQesnDwtBwjYPC0GiJA8LQc8qDwtB3CMPC0GHJw8LQeQ0DwtBtyIPC0GtMQ8LQdUiDwtBrzQPC0HeJg8LQdYyDwtB9DQPC0GBOA8LQfQ3DwtBkjYPC0GdJw8LQYIpDwtBjSMPC0HXMQ8LQb01DwtBtDcPC0HYMA8LQbYnDwtBmjgPC0GnKg8LQcQnDwtBriMPC0H1Ig8LAAtByiYhAQsgAQsXACAAIAAvAS5B/v8DcSABQQBHcjsBLgsaACAAIAAvAS5B/f8DcSABQQBHQQF0cjsBLgsaACAAIAAvAS5B+/8DcSABQQBHQQJ0cjsBLgsaACAAIAAvAS5B9/8DcSABQQBHQQN0cjsBLgsaACAAIAAvAS5B7/8DcSABQQBHQQR0cjsBLgsaACAAIAAvAS5B3/8DcSABQQBHQQV0cjsBLgsaACAAIAAvAS5Bv/8DcSABQQBHQQZ0cjsBLgsaACAAIAAvAS5B//4DcSABQQBHQQd0cjsBLgsaACAAIAAvAS5B//0DcSABQQBHQQh0cjsBLgsaACAAIAAvAS5B//sDcSABQQBHQQl0cjsBLgs+AQJ/AkAgACgCOCIDRQ0AIAMoAgQiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQeESNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAggiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQfwRNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAgwiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQewKNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAhAiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQfoeNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAhQiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQcsQNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAhgiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQbcfNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAhwiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQb8VNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAiwiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQf4INgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAiAiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQYwdNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAiQiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQeYVNgIQQRghBAsgBAs4ACAAAn8gAC8BMkEUcUEURgRAQQEgAC0AKEEBRg0BGiAALwE0QeUARgwBCyAALQApQQVGCzoAMAtZAQJ/AkAgAC0AKEEBRg0AIAAvATQiAUHkAGtB5ABJDQAgAUHMAUYNACABQbACRg0AIAAvATIiAEHAAHENAEEBIQIgAEGIBHFBgARGDQAgAEEocUUhAgsgAguMAQECfwJAAkACQCAALQAqRQ0AIAAtACtFDQAgAC8BMiIBQQJxRQ0BDAILIAAvATIiAUEBcUUNAQtBASECIAAtAChBAUYNACAALwE0IgBB5ABrQeQASQ0AIABBzAFGDQAgAEGwAkYNACABQcAAcQ0AQQAhAiABQYgEcUGABEYNACABQShxQQBHIQILIAILcwAgAEEQav0MAAAAAAAAAAAAAAAAAAAAAP0LAwAgAP0MAAAAAAAAAAAAAAAAAAAAAP0LAwAgAEEwav0MAAAAAAAAAAAAAAAAAAAAAP0LAwAgAEEgav0MAAAAAAAAAAAAAAAAAAAAAP0LAwAgAEH9ATYCHAsGACAAEDoLmi0BC38jAEEQayIKJABB3NUAKAIAIglFBEBBnNkAKAIAIgVFBEBBqNkAQn83AgBBoNkAQoCAhICAgMAANwIAQZzZACAKQQhqQXBxQdiq1aoFcyIFNgIAQbDZAEEANgIAQYDZAEEANgIAC0GE2QBBwNkENgIAQdTVAEHA2QQ2AgBB6NUAIAU2AgBB5NUAQX82AgBBiNkAQcCmAzYCAANAIAFBgNYAaiABQfTVAGoiAjYCACACIAFB7NUAaiIDNgIAIAFB+NUAaiADNgIAIAFBiNYAaiABQfzVAGoiAzYCACADIAI2AgAgAUGQ1gBqIAFBhNYAaiICNgIAIAIgAzYCACABQYzWAGogAjYCACABQSBqIgFBgAJHDQALQczZBEGBpgM2AgBB4NUAQazZACgCADYCAEHQ1QBBgKYDNgIAQdzVAEHI2QQ2AgBBzP8HQTg2AgBByNkEIQkLAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAEHsAU0EQEHE1QAoAgAiBkEQIABBE2pBcHEgAEELSRsiBEEDdiIAdiIBQQNxBEACQCABQQFxIAByQQFzIgJBA3QiAEHs1QBqIgEgAEH01QBqKAIAIgAoAggiA0YEQEHE1QAgBkF+IAJ3cTYCAAwBCyABIAM2AgggAyABNgIMCyAAQQhqIQEgACACQQN0IgJBA3I2AgQgACACaiIAIAAoAgRBAXI2AgQMEQtBzNUAKAIAIgggBE8NASABBEACQEECIAB0IgJBACACa3IgASAAdHFoIgBBA3QiAkHs1QBqIgEgAkH01QBqKAIAIgIoAggiA0YEQEHE1QAgBkF+IAB3cSIGNgIADAELIAEgAzYCCCADIAE2AgwLIAIgBEEDcjYCBCAAQQN0IgAgBGshBSAAIAJqIAU2AgAgAiAEaiIEIAVBAXI2AgQgCARAIAhBeHFB7NUAaiEAQdjVACgCACEDAn9BASAIQQN2dCIBIAZxRQRAQcTVACABIAZyNgIAIAAMAQsgACgCCAsiASADNgIMIAAgAzYCCCADIAA2AgwgAyABNgIICyACQQhqIQFB2NUAIAQ2AgBBzNUAIAU2AgAMEQtByNUAKAIAIgtFDQEgC2hBAnRB9NcAaigCACIAKAIEQXhxIARrIQUgACECA0ACQCACKAIQIgFFBEAgAkEUaigCACIBRQ0BCyABKAIEQXhxIARrIgMgBUkhAiADIAUgAhshBSABIAAgAhshACABIQIMAQsLIAAoAhghCSAAKAIMIgMgAEcEQEHU1QAoAgAaIAMgACgCCCIBNgIIIAEgAzYCDAwQCyAAQRRqIgIoAgAiAUUEQCAAKAIQIgFFDQMgAEEQaiECCwNAIAIhByABIgNBFGoiAigCACIBDQAgA0EQaiECIAMoAhAiAQ0ACyAHQQA2AgAMDwtBfyEEIABBv39LDQAgAEETaiIBQXBxIQRByNUAKAIAIghFDQBBACAEayEFAkACQAJAAn9BACAEQYACSQ0AGkEfIARB////B0sNABogBEEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+agsiBkECdEH01wBqKAIAIgJFBEBBACEBQQAhAwwBC0EAIQEgBEEZIAZBAXZrQQAgBkEfRxt0IQBBACEDA0ACQCACKAIEQXhxIARrIgcgBU8NACACIQMgByIFDQBBACEFIAIhAQwDCyABIAJBFGooAgAiByAHIAIgAEEddkEEcWpBEGooAgAiAkYbIAEgBxshASAAQQF0IQAgAg0ACwsgASADckUEQEEAIQNBAiAGdCIAQQAgAGtyIAhxIgBFDQMgAGhBAnRB9NcAaigCACEBCyABRQ0BCwNAIAEoAgRBeHEgBGsiAiAFSSEAIAIgBSAAGyEFIAEgAyAAGyEDIAEoAhAiAAR/IAAFIAFBFGooAgALIgENAAsLIANFDQAgBUHM1QAoAgAgBGtPDQAgAygCGCEHIAMgAygCDCIARwRAQdTVACgCABogACADKAIIIgE2AgggASAANgIMDA4LIANBFGoiAigCACIBRQRAIAMoAhAiAUUNAyADQRBqIQILA0AgAiEGIAEiAEEUaiICKAIAIgENACAAQRBqIQIgACgCECIBDQALIAZBADYCAAwNC0HM1QAoAgAiAyAETwRAQdjVACgCACEBAkAgAyAEayICQRBPBEAgASAEaiIAIAJBAXI2AgQgASADaiACNgIAIAEgBEEDcjYCBAwBCyABIANBA3I2AgQgASADaiIAIAAoAgRBAXI2AgRBACEAQQAhAgtBzNUAIAI2AgBB2NUAIAA2AgAgAUEIaiEBDA8LQdDVACgCACIDIARLBEAgBCAJaiIAIAMgBGsiAUEBcjYCBEHc1QAgADYCAEHQ1QAgATYCACAJIARBA3I2AgQgCUEIaiEBDA8LQQAhASAEAn9BnNkAKAIABEBBpNkAKAIADAELQajZAEJ/NwIAQaDZAEKAgISAgIDAADcCAEGc2QAgCkEMakFwcUHYqtWqBXM2AgBBsNkAQQA2AgBBgNkAQQA2AgBBgIAECyIAIARBxwBqIgVqIgZBACAAayIHcSICTwRAQbTZAEEwNgIADA8LAkBB/NgAKAIAIgFFDQBB9NgAKAIAIgggAmohACAAIAFNIAAgCEtxDQBBACEBQbTZAEEwNgIADA8LQYDZAC0AAEEEcQ0EAkACQCAJBEBBhNkAIQEDQCABKAIAIgAgCU0EQCAAIAEoAgRqIAlLDQMLIAEoAggiAQ0ACwtBABA7IgBBf0YNBSACIQZBoNkAKAIAIgFBAWsiAyAAcQRAIAIgAGsgACADakEAIAFrcWohBgsgBCAGTw0FIAZB/v///wdLDQVB/NgAKAIAIgMEQEH02AAoAgAiByAGaiEBIAEgB00NBiABIANLDQYLIAYQOyIBIABHDQEMBwsgBiADayAHcSIGQf7///8HSw0EIAYQOyEAIAAgASgCACABKAIEakYNAyAAIQELAkAgBiAEQcgAak8NACABQX9GDQBBpNkAKAIAIgAgBSAGa2pBACAAa3EiAEH+////B0sEQCABIQAMBwsgABA7QX9HBEAgACAGaiEGIAEhAAwHC0EAIAZrEDsaDAQLIAEiAEF/Rw0FDAMLQQAhAwwMC0EAIQAMCgsgAEF/Rw0CC0GA2QBBgNkAKAIAQQRyNgIACyACQf7///8HSw0BIAIQOyEAQQAQOyEBIABBf0YNASABQX9GDQEgACABTw0BIAEgAGsiBiAEQThqTQ0BC0H02ABB9NgAKAIAIAZqIgE2AgBB+NgAKAIAIAFJBEBB+NgAIAE2AgALAkACQAJAQdzVACgCACICBEBBhNkAIQEDQCAAIAEoAgAiAyABKAIEIgVqRg0CIAEoAggiAQ0ACwwCC0HU1QAoAgAiAUEARyAAIAFPcUUEQEHU1QAgADYCAAtBACEBQYjZACAGNgIAQYTZACAANgIAQeTVAEF/NgIAQejVAEGc2QAoAgA2AgBBkNkAQQA2AgADQCABQYDWAGogAUH01QBqIgI2AgAgAiABQezVAGoiAzYCACABQfjVAGogAzYCACABQYjWAGogAUH81QBqIgM2AgAgAyACNgIAIAFBkNYAaiABQYTWAGoiAjYCACACIAM2AgAgAUGM1gBqIAI2AgAgAUEgaiIBQYACRw0AC0F4IABrQQ9xIgEgAGoiAiAGQThrIgMgAWsiAUEBcjYCBEHg1QBBrNkAKAIANgIAQdDVACABNgIAQdzVACACNgIAIAAgA2pBODYCBAwCCyAAIAJNDQAgAiADSQ0AIAEoAgxBCHENAEF4IAJrQQ9xIgAgAmoiA0HQ1QAoAgAgBmoiByAAayIAQQFyNgIEIAEgBSAGajYCBEHg1QBBrNkAKAIANgIAQdDVACAANgIAQdzVACADNgIAIAIgB2pBODYCBAwBCyAAQdTVACgCAEkEQEHU1QAgADYCAAsgACAGaiEDQYTZACEBAkACQAJAA0AgAyABKAIARwRAIAEoAggiAQ0BDAILCyABLQAMQQhxRQ0BC0GE2QAhAQNAIAEoAgAiAyACTQRAIAMgASgCBGoiBSACSw0DCyABKAIIIQEMAAsACyABIAA2AgAgASABKAIEIAZqNgIEIABBeCAAa0EPcWoiCSAEQQNyNgIEIANBeCADa0EPcWoiBiAEIAlqIgRrIQEgAiAGRgRAQdzVACAENgIAQdDVAEHQ1QAoAgAgAWoiADYCACAEIABBAXI2AgQMCAtB2NUAKAIAIAZGBEBB2NUAIAQ2AgBBzNUAQczVACgCACABaiIANgIAIAQgAEEBcjYCBCAAIARqIAA2AgAMCAsgBigCBCIFQQNxQQFHDQYgBUF4cSEIIAVB/wFNBEAgBUEDdiEDIAYoAggiACAGKAIMIgJGBEBBxNUAQcTVACgCAEF+IAN3cTYCAAwHCyACIAA2AgggACACNgIMDAYLIAYoAhghByAGIAYoAgwiAEcEQCAAIAYoAggiAjYCCCACIAA2AgwMBQsgBkEUaiICKAIAIgVFBEAgBigCECIFRQ0EIAZBEGohAgsDQCACIQMgBSIAQRRqIgIoAgAiBQ0AIABBEGohAiAAKAIQIgUNAAsgA0EANgIADAQLQXggAGtBD3EiASAAaiIHIAZBOGsiAyABayIBQQFyNgIEIAAgA2pBODYCBCACIAVBNyAFa0EPcWpBP2siAyADIAJBEGpJGyIDQSM2AgRB4NUAQazZACgCADYCAEHQ1QAgATYCAEHc1QAgBzYCACADQRBqQYzZACkCADcCACADQYTZACkCADcCCEGM2QAgA0EIajYCAEGI2QAgBjYCAEGE2QAgADYCAEGQ2QBBADYCACADQSRqIQEDQCABQQc2AgAgBSABQQRqIgFLDQALIAIgA0YNACADIAMoAgRBfnE2AgQgAyADIAJrIgU2AgAgAiAFQQFyNgIEIAVB/wFNBEAgBUF4cUHs1QBqIQACf0HE1QAoAgAiAUEBIAVBA3Z0IgNxRQRAQcTVACABIANyNgIAIAAMAQsgACgCCAsiASACNgIMIAAgAjYCCCACIAA2AgwgAiABNgIIDAELQR8hASAFQf///wdNBEAgBUEmIAVBCHZnIgBrdkEBcSAAQQF0a0E+aiEBCyACIAE2AhwgAkIANwIQIAFBAnRB9NcAaiEAQcjVACgCACIDQQEgAXQiBnFFBEAgACACNgIAQcjVACADIAZyNgIAIAIgADYCGCACIAI2AgggAiACNgIMDAELIAVBGSABQQF2a0EAIAFBH0cbdCEBIAAoAgAhAwJAA0AgAyIAKAIEQXhxIAVGDQEgAUEddiEDIAFBAXQhASAAIANBBHFqQRBqIgYoAgAiAw0ACyAGIAI2AgAgAiAANgIYIAIgAjYCDCACIAI2AggMAQsgACgCCCIBIAI2AgwgACACNgIIIAJBADYCGCACIAA2AgwgAiABNgIIC0HQ1QAoAgAiASAETQ0AQdzVACgCACIAIARqIgIgASAEayIBQQFyNgIEQdDVACABNgIAQdzVACACNgIAIAAgBEEDcjYCBCAAQQhqIQEMCAtBACEBQbTZAEEwNgIADAcLQQAhAAsgB0UNAAJAIAYoAhwiAkECdEH01wBqIgMoAgAgBkYEQCADIAA2AgAgAA0BQcjVAEHI1QAoAgBBfiACd3E2AgAMAgsgB0EQQRQgBygCECAGRhtqIAA2AgAgAEUNAQsgACAHNgIYIAYoAhAiAgRAIAAgAjYCECACIAA2AhgLIAZBFGooAgAiAkUNACAAQRRqIAI2AgAgAiAANgIYCyABIAhqIQEgBiAIaiIGKAIEIQULIAYgBUF+cTYCBCABIARqIAE2AgAgBCABQQFyNgIEIAFB/wFNBEAgAUF4cUHs1QBqIQACf0HE1QAoAgAiAkEBIAFBA3Z0IgFxRQRAQcTVACABIAJyNgIAIAAMAQsgACgCCAsiASAENgIMIAAgBDYCCCAEIAA2AgwgBCABNgIIDAELQR8hBSABQf///wdNBEAgAUEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+aiEFCyAEIAU2AhwgBEIANwIQIAVBAnRB9NcAaiEAQcjVACgCACICQQEgBXQiA3FFBEAgACAENgIAQcjVACACIANyNgIAIAQgADYCGCAEIAQ2AgggBCAENgIMDAELIAFBGSAFQQF2a0EAIAVBH0cbdCEFIAAoAgAhAAJAA0AgACICKAIEQXhxIAFGDQEgBUEddiEAIAVBAXQhBSACIABBBHFqQRBqIgMoAgAiAA0ACyADIAQ2AgAgBCACNgIYIAQgBDYCDCAEIAQ2AggMAQsgAigCCCIAIAQ2AgwgAiAENgIIIARBADYCGCAEIAI2AgwgBCAANgIICyAJQQhqIQEMAgsCQCAHRQ0AAkAgAygCHCIBQQJ0QfTXAGoiAigCACADRgRAIAIgADYCACAADQFByNUAIAhBfiABd3EiCDYCAAwCCyAHQRBBFCAHKAIQIANGG2ogADYCACAARQ0BCyAAIAc2AhggAygCECIBBEAgACABNgIQIAEgADYCGAsgA0EUaigCACIBRQ0AIABBFGogATYCACABIAA2AhgLAkAgBUEPTQRAIAMgBCAFaiIAQQNyNgIEIAAgA2oiACAAKAIEQQFyNgIEDAELIAMgBGoiAiAFQQFyNgIEIAMgBEEDcjYCBCACIAVqIAU2AgAgBUH/AU0EQCAFQXhxQezVAGohAAJ/QcTVACgCACIBQQEgBUEDdnQiBXFFBEBBxNUAIAEgBXI2AgAgAAwBCyAAKAIICyIBIAI2AgwgACACNgIIIAIgADYCDCACIAE2AggMAQtBHyEBIAVB////B00EQCAFQSYgBUEIdmciAGt2QQFxIABBAXRrQT5qIQELIAIgATYCHCACQgA3AhAgAUECdEH01wBqIQBBASABdCIEIAhxRQRAIAAgAjYCAEHI1QAgBCAIcjYCACACIAA2AhggAiACNgIIIAIgAjYCDAwBCyAFQRkgAUEBdmtBACABQR9HG3QhASAAKAIAIQQCQANAIAQiACgCBEF4cSAFRg0BIAFBHXYhBCABQQF0IQEgACAEQQRxakEQaiIGKAIAIgQNAAsgBiACNgIAIAIgADYCGCACIAI2AgwgAiACNgIIDAELIAAoAggiASACNgIMIAAgAjYCCCACQQA2AhggAiAANgIMIAIgATYCCAsgA0EIaiEBDAELAkAgCUUNAAJAIAAoAhwiAUECdEH01wBqIgIoAgAgAEYEQCACIAM2AgAgAw0BQcjVACALQX4gAXdxNgIADAILIAlBEEEUIAkoAhAgAEYbaiADNgIAIANFDQELIAMgCTYCGCAAKAIQIgEEQCADIAE2AhAgASADNgIYCyAAQRRqKAIAIgFFDQAgA0EUaiABNgIAIAEgAzYCGAsCQCAFQQ9NBEAgACAEIAVqIgFBA3I2AgQgACABaiIBIAEoAgRBAXI2AgQMAQsgACAEaiIHIAVBAXI2AgQgACAEQQNyNgIEIAUgB2ogBTYCACAIBEAgCEF4cUHs1QBqIQFB2NUAKAIAIQMCf0EBIAhBA3Z0IgIgBnFFBEBBxNUAIAIgBnI2AgAgAQwBCyABKAIICyICIAM2AgwgASADNgIIIAMgATYCDCADIAI2AggLQdjVACAHNgIAQczVACAFNgIACyAAQQhqIQELIApBEGokACABC0MAIABFBEA/AEEQdA8LAkAgAEH//wNxDQAgAEEASA0AIABBEHZAACIAQX9GBEBBtNkAQTA2AgBBfw8LIABBEHQPCwALC5lCIgBBgAgLDQEAAAAAAAAAAgAAAAMAQZgICwUEAAAABQBBqAgLCQYAAAAHAAAACABB5AgLwjJJbnZhbGlkIGNoYXIgaW4gdXJsIHF1ZXJ5AFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fYm9keQBDb250ZW50LUxlbmd0aCBvdmVyZmxvdwBDaHVuayBzaXplIG92ZXJmbG93AEludmFsaWQgbWV0aG9kIGZvciBIVFRQL3gueCByZXF1ZXN0AEludmFsaWQgbWV0aG9kIGZvciBSVFNQL3gueCByZXF1ZXN0AEV4cGVjdGVkIFNPVVJDRSBtZXRob2QgZm9yIElDRS94LnggcmVxdWVzdABJbnZhbGlkIGNoYXIgaW4gdXJsIGZyYWdtZW50IHN0YXJ0AEV4cGVjdGVkIGRvdABTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3N0YXR1cwBJbnZhbGlkIHJlc3BvbnNlIHN0YXR1cwBFeHBlY3RlZCBMRiBhZnRlciBoZWFkZXJzAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMAVXNlciBjYWxsYmFjayBlcnJvcgBgb25fcmVzZXRgIGNhbGxiYWNrIGVycm9yAGBvbl9jaHVua19oZWFkZXJgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXNzYWdlX2JlZ2luYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfZXh0ZW5zaW9uX3ZhbHVlYCBjYWxsYmFjayBlcnJvcgBgb25fc3RhdHVzX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fdmVyc2lvbl9jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3VybF9jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3Byb3RvY29sX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9oZWFkZXJfdmFsdWVfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXNzYWdlX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fbWV0aG9kX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25faGVhZGVyX2ZpZWxkX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfZXh0ZW5zaW9uX25hbWVgIGNhbGxiYWNrIGVycm9yAFVuZXhwZWN0ZWQgY2hhciBpbiB1cmwgc2VydmVyAEludmFsaWQgaGVhZGVyIHZhbHVlIGNoYXIASW52YWxpZCBoZWFkZXIgZmllbGQgY2hhcgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3ZlcnNpb24ASW52YWxpZCBtaW5vciB2ZXJzaW9uAEludmFsaWQgbWFqb3IgdmVyc2lvbgBFeHBlY3RlZCBzcGFjZSBhZnRlciB2ZXJzaW9uAEV4cGVjdGVkIENSTEYgYWZ0ZXIgdmVyc2lvbgBJbnZhbGlkIEhUVFAgdmVyc2lvbgBJbnZhbGlkIGhlYWRlciB0b2tlbgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3VybABJbnZhbGlkIGNoYXJhY3RlcnMgaW4gdXJsAFVuZXhwZWN0ZWQgc3RhcnQgY2hhciBpbiB1cmwARG91YmxlIEAgaW4gdXJsAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fcHJvdG9jb2wARW1wdHkgQ29udGVudC1MZW5ndGgASW52YWxpZCBjaGFyYWN0ZXIgaW4gQ29udGVudC1MZW5ndGgAVHJhbnNmZXItRW5jb2RpbmcgY2FuJ3QgYmUgcHJlc2VudCB3aXRoIENvbnRlbnQtTGVuZ3RoAER1cGxpY2F0ZSBDb250ZW50LUxlbmd0aABJbnZhbGlkIGNoYXIgaW4gdXJsIHBhdGgAQ29udGVudC1MZW5ndGggY2FuJ3QgYmUgcHJlc2VudCB3aXRoIFRyYW5zZmVyLUVuY29kaW5nAE1pc3NpbmcgZXhwZWN0ZWQgQ1IgYWZ0ZXIgY2h1bmsgc2l6ZQBFeHBlY3RlZCBMRiBhZnRlciBjaHVuayBzaXplAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIHNpemUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfdmFsdWUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9jaHVua19leHRlbnNpb25fdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyB2YWx1ZQBVbmV4cGVjdGVkIHdoaXRlc3BhY2UgYWZ0ZXIgaGVhZGVyIHZhbHVlAE1pc3NpbmcgZXhwZWN0ZWQgQ1IgYWZ0ZXIgaGVhZGVyIHZhbHVlAE1pc3NpbmcgZXhwZWN0ZWQgTEYgYWZ0ZXIgaGVhZGVyIHZhbHVlAEludmFsaWQgYFRyYW5zZmVyLUVuY29kaW5nYCBoZWFkZXIgdmFsdWUATWlzc2luZyBleHBlY3RlZCBDUiBhZnRlciBjaHVuayBleHRlbnNpb24gdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBxdW90ZSB2YWx1ZQBJbnZhbGlkIHF1b3RlZC1wYWlyIGluIGNodW5rIGV4dGVuc2lvbnMgcXVvdGVkIHZhbHVlAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMgcXVvdGVkIHZhbHVlAFBhdXNlZCBieSBvbl9oZWFkZXJzX2NvbXBsZXRlAEludmFsaWQgRU9GIHN0YXRlAG9uX3Jlc2V0IHBhdXNlAG9uX2NodW5rX2hlYWRlciBwYXVzZQBvbl9tZXNzYWdlX2JlZ2luIHBhdXNlAG9uX2NodW5rX2V4dGVuc2lvbl92YWx1ZSBwYXVzZQBvbl9zdGF0dXNfY29tcGxldGUgcGF1c2UAb25fdmVyc2lvbl9jb21wbGV0ZSBwYXVzZQBvbl91cmxfY29tcGxldGUgcGF1c2UAb25fcHJvdG9jb2xfY29tcGxldGUgcGF1c2UAb25fY2h1bmtfY29tcGxldGUgcGF1c2UAb25faGVhZGVyX3ZhbHVlX2NvbXBsZXRlIHBhdXNlAG9uX21lc3NhZ2VfY29tcGxldGUgcGF1c2UAb25fbWV0aG9kX2NvbXBsZXRlIHBhdXNlAG9uX2hlYWRlcl9maWVsZF9jb21wbGV0ZSBwYXVzZQBvbl9jaHVua19leHRlbnNpb25fbmFtZSBwYXVzZQBVbmV4cGVjdGVkIHNwYWNlIGFmdGVyIHN0YXJ0IGxpbmUATWlzc2luZyBleHBlY3RlZCBDUiBhZnRlciByZXNwb25zZSBsaW5lAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fY2h1bmtfZXh0ZW5zaW9uX25hbWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBuYW1lAE1pc3NpbmcgZXhwZWN0ZWQgQ1IgYWZ0ZXIgY2h1bmsgZXh0ZW5zaW9uIG5hbWUASW52YWxpZCBzdGF0dXMgY29kZQBQYXVzZSBvbiBDT05ORUNUL1VwZ3JhZGUAUGF1c2Ugb24gUFJJL1VwZ3JhZGUARXhwZWN0ZWQgSFRUUC8yIENvbm5lY3Rpb24gUHJlZmFjZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX21ldGhvZABFeHBlY3RlZCBzcGFjZSBhZnRlciBtZXRob2QAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfZmllbGQAUGF1c2VkAEludmFsaWQgd29yZCBlbmNvdW50ZXJlZABJbnZhbGlkIG1ldGhvZCBlbmNvdW50ZXJlZABNaXNzaW5nIGV4cGVjdGVkIENSIGFmdGVyIGNodW5rIGRhdGEARXhwZWN0ZWQgTEYgYWZ0ZXIgY2h1bmsgZGF0YQBVbmV4cGVjdGVkIGNoYXIgaW4gdXJsIHNjaGVtYQBSZXF1ZXN0IGhhcyBpbnZhbGlkIGBUcmFuc2Zlci1FbmNvZGluZ2AARGF0YSBhZnRlciBgQ29ubmVjdGlvbjogY2xvc2VgAFNXSVRDSF9QUk9YWQBVU0VfUFJPWFkATUtBQ1RJVklUWQBVTlBST0NFU1NBQkxFX0VOVElUWQBRVUVSWQBDT1BZAE1PVkVEX1BFUk1BTkVOVExZAFRPT19FQVJMWQBOT1RJRlkARkFJTEVEX0RFUEVOREVOQ1kAQkFEX0dBVEVXQVkAUExBWQBQVVQAQ0hFQ0tPVVQAR0FURVdBWV9USU1FT1VUAFJFUVVFU1RfVElNRU9VVABORVRXT1JLX0NPTk5FQ1RfVElNRU9VVABDT05ORUNUSU9OX1RJTUVPVVQATE9HSU5fVElNRU9VVABORVRXT1JLX1JFQURfVElNRU9VVABQT1NUAE1JU0RJUkVDVEVEX1JFUVVFU1QAQ0xJRU5UX0NMT1NFRF9SRVFVRVNUAENMSUVOVF9DTE9TRURfTE9BRF9CQUxBTkNFRF9SRVFVRVNUAEJBRF9SRVFVRVNUAEhUVFBfUkVRVUVTVF9TRU5UX1RPX0hUVFBTX1BPUlQAUkVQT1JUAElNX0FfVEVBUE9UAFJFU0VUX0NPTlRFTlQATk9fQ09OVEVOVABQQVJUSUFMX0NPTlRFTlQASFBFX0lOVkFMSURfQ09OU1RBTlQASFBFX0NCX1JFU0VUAEdFVABIUEVfU1RSSUNUAENPTkZMSUNUAFRFTVBPUkFSWV9SRURJUkVDVABQRVJNQU5FTlRfUkVESVJFQ1QAQ09OTkVDVABNVUxUSV9TVEFUVVMASFBFX0lOVkFMSURfU1RBVFVTAFRPT19NQU5ZX1JFUVVFU1RTAEVBUkxZX0hJTlRTAFVOQVZBSUxBQkxFX0ZPUl9MRUdBTF9SRUFTT05TAE9QVElPTlMAU1dJVENISU5HX1BST1RPQ09MUwBWQVJJQU5UX0FMU09fTkVHT1RJQVRFUwBNVUxUSVBMRV9DSE9JQ0VTAElOVEVSTkFMX1NFUlZFUl9FUlJPUgBXRUJfU0VSVkVSX1VOS05PV05fRVJST1IAUkFJTEdVTl9FUlJPUgBJREVOVElUWV9QUk9WSURFUl9BVVRIRU5USUNBVElPTl9FUlJPUgBTU0xfQ0VSVElGSUNBVEVfRVJST1IASU5WQUxJRF9YX0ZPUldBUkRFRF9GT1IAU0VUX1BBUkFNRVRFUgBHRVRfUEFSQU1FVEVSAEhQRV9VU0VSAFNFRV9PVEhFUgBIUEVfQ0JfQ0hVTktfSEVBREVSAEV4cGVjdGVkIExGIGFmdGVyIENSAE1LQ0FMRU5EQVIAU0VUVVAAV0VCX1NFUlZFUl9JU19ET1dOAFRFQVJET1dOAEhQRV9DTE9TRURfQ09OTkVDVElPTgBIRVVSSVNUSUNfRVhQSVJBVElPTgBESVNDT05ORUNURURfT1BFUkFUSU9OAE5PTl9BVVRIT1JJVEFUSVZFX0lORk9STUFUSU9OAEhQRV9JTlZBTElEX1ZFUlNJT04ASFBFX0NCX01FU1NBR0VfQkVHSU4AU0lURV9JU19GUk9aRU4ASFBFX0lOVkFMSURfSEVBREVSX1RPS0VOAElOVkFMSURfVE9LRU4ARk9SQklEREVOAEVOSEFOQ0VfWU9VUl9DQUxNAEhQRV9JTlZBTElEX1VSTABCTE9DS0VEX0JZX1BBUkVOVEFMX0NPTlRST0wATUtDT0wAQUNMAEhQRV9JTlRFUk5BTABSRVFVRVNUX0hFQURFUl9GSUVMRFNfVE9PX0xBUkdFX1VOT0ZGSUNJQUwASFBFX09LAFVOTElOSwBVTkxPQ0sAUFJJAFJFVFJZX1dJVEgASFBFX0lOVkFMSURfQ09OVEVOVF9MRU5HVEgASFBFX1VORVhQRUNURURfQ09OVEVOVF9MRU5HVEgARkxVU0gAUFJPUFBBVENIAE0tU0VBUkNIAFVSSV9UT09fTE9ORwBQUk9DRVNTSU5HAE1JU0NFTExBTkVPVVNfUEVSU0lTVEVOVF9XQVJOSU5HAE1JU0NFTExBTkVPVVNfV0FSTklORwBIUEVfSU5WQUxJRF9UUkFOU0ZFUl9FTkNPRElORwBFeHBlY3RlZCBDUkxGAEhQRV9JTlZBTElEX0NIVU5LX1NJWkUATU9WRQBDT05USU5VRQBIUEVfQ0JfU1RBVFVTX0NPTVBMRVRFAEhQRV9DQl9IRUFERVJTX0NPTVBMRVRFAEhQRV9DQl9WRVJTSU9OX0NPTVBMRVRFAEhQRV9DQl9VUkxfQ09NUExFVEUASFBFX0NCX1BST1RPQ09MX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19DT01QTEVURQBIUEVfQ0JfSEVBREVSX1ZBTFVFX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19FWFRFTlNJT05fVkFMVUVfQ09NUExFVEUASFBFX0NCX0NIVU5LX0VYVEVOU0lPTl9OQU1FX0NPTVBMRVRFAEhQRV9DQl9NRVNTQUdFX0NPTVBMRVRFAEhQRV9DQl9NRVRIT0RfQ09NUExFVEUASFBFX0NCX0hFQURFUl9GSUVMRF9DT01QTEVURQBERUxFVEUASFBFX0lOVkFMSURfRU9GX1NUQVRFAElOVkFMSURfU1NMX0NFUlRJRklDQVRFAFBBVVNFAE5PX1JFU1BPTlNFAFVOU1VQUE9SVEVEX01FRElBX1RZUEUAR09ORQBOT1RfQUNDRVBUQUJMRQBTRVJWSUNFX1VOQVZBSUxBQkxFAFJBTkdFX05PVF9TQVRJU0ZJQUJMRQBPUklHSU5fSVNfVU5SRUFDSEFCTEUAUkVTUE9OU0VfSVNfU1RBTEUAUFVSR0UATUVSR0UAUkVRVUVTVF9IRUFERVJfRklFTERTX1RPT19MQVJHRQBSRVFVRVNUX0hFQURFUl9UT09fTEFSR0UAUEFZTE9BRF9UT09fTEFSR0UASU5TVUZGSUNJRU5UX1NUT1JBR0UASFBFX1BBVVNFRF9VUEdSQURFAEhQRV9QQVVTRURfSDJfVVBHUkFERQBTT1VSQ0UAQU5OT1VOQ0UAVFJBQ0UASFBFX1VORVhQRUNURURfU1BBQ0UAREVTQ1JJQkUAVU5TVUJTQ1JJQkUAUkVDT1JEAEhQRV9JTlZBTElEX01FVEhPRABOT1RfRk9VTkQAUFJPUEZJTkQAVU5CSU5EAFJFQklORABVTkFVVEhPUklaRUQATUVUSE9EX05PVF9BTExPV0VEAEhUVFBfVkVSU0lPTl9OT1RfU1VQUE9SVEVEAEFMUkVBRFlfUkVQT1JURUQAQUNDRVBURUQATk9UX0lNUExFTUVOVEVEAExPT1BfREVURUNURUQASFBFX0NSX0VYUEVDVEVEAEhQRV9MRl9FWFBFQ1RFRABDUkVBVEVEAElNX1VTRUQASFBFX1BBVVNFRABUSU1FT1VUX09DQ1VSRUQAUEFZTUVOVF9SRVFVSVJFRABQUkVDT05ESVRJT05fUkVRVUlSRUQAUFJPWFlfQVVUSEVOVElDQVRJT05fUkVRVUlSRUQATkVUV09SS19BVVRIRU5USUNBVElPTl9SRVFVSVJFRABMRU5HVEhfUkVRVUlSRUQAU1NMX0NFUlRJRklDQVRFX1JFUVVJUkVEAFVQR1JBREVfUkVRVUlSRUQAUEFHRV9FWFBJUkVEAFBSRUNPTkRJVElPTl9GQUlMRUQARVhQRUNUQVRJT05fRkFJTEVEAFJFVkFMSURBVElPTl9GQUlMRUQAU1NMX0hBTkRTSEFLRV9GQUlMRUQATE9DS0VEAFRSQU5TRk9STUFUSU9OX0FQUExJRUQATk9UX01PRElGSUVEAE5PVF9FWFRFTkRFRABCQU5EV0lEVEhfTElNSVRfRVhDRUVERUQAU0lURV9JU19PVkVSTE9BREVEAEhFQUQARXhwZWN0ZWQgSFRUUC8sIFJUU1AvIG9yIElDRS8A5xUAAK8VAACkEgAAkhoAACYWAACeFAAA2xkAAHkVAAB+EgAA/hQAADYVAAALFgAA2BYAAPMSAABCGAAArBYAABIVAAAUFwAA7xcAAEgUAABxFwAAshoAAGsZAAB+GQAANRQAAIIaAABEFwAA/RYAAB4YAACHFwAAqhkAAJMSAAAHGAAALBcAAMoXAACkFwAA5xUAAOcVAABYFwAAOxgAAKASAAAtHAAAwxEAAEgRAADeEgAAQhMAAKQZAAD9EAAA9xUAAKUVAADvFgAA+BkAAEoWAABWFgAA9RUAAAoaAAAIGgAAARoAAKsVAABCEgAA1xAAAEwRAAAFGQAAVBYAAB4RAADKGQAAyBkAAE4WAAD/GAAAcRQAAPAVAADuFQAAlBkAAPwVAAC/GQAAmxkAAHwUAABDEQAAcBgAAJUUAAAnFAAAGRQAANUSAADUGQAARBYAAPcQAEG5OwsBAQBB0DsL4AEBAQIBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEDAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBuj0LBAEAAAIAQdE9C14DBAMDAwMDAAADAwADAwADAwMDAwMDAwMDAAUAAAAAAAMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAwADAEG6PwsEAQAAAgBB0T8LXgMAAwMDAwMAAAMDAAMDAAMDAwMDAwMDAwMABAAFAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwADAAMAQbDBAAsNbG9zZWVlcC1hbGl2ZQBBycEACwEBAEHgwQAL4AEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBycMACwEBAEHgwwAL5wEBAQEBAQEBAQEBAQECAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAWNodW5rZWQAQfHFAAteAQABAQEBAQAAAQEAAQEAAQEBAQEBAQEBAQAAAAAAAAABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQAAAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEAAQBB0McACyFlY3Rpb25lbnQtbGVuZ3Rob25yb3h5LWNvbm5lY3Rpb24AQYDIAAsgcmFuc2Zlci1lbmNvZGluZ3BncmFkZQ0KDQpTTQ0KDQoAQanIAAsFAQIAAQMAQcDIAAtfBAUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUAQanKAAsFAQIAAQMAQcDKAAtfBAUFBgUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUAQanMAAsEAQAAAQBBwcwAC14CAgACAgICAgICAgICAgICAgICAgICAgICAgICAgIAAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAEGpzgALBQECAAEDAEHAzgALXwQFAAAFBQUFBQUFBQUFBQYFBQUFBQUFBQUFBQUABQAHCAUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQAFAAUABQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUAAAAFAEGp0AALBQEBAAEBAEHA0AALAQEAQdrQAAtBAgAAAAAAAAMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAAAAAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAQanSAAsFAQEAAQEAQcDSAAsBAQBBytIACwYCAAAAAAIAQeHSAAs6AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAAAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwBBoNQAC50BTk9VTkNFRUNLT1VUTkVDVEVURUNSSUJFTFVTSEVURUFEU0VBUkNIUkdFQ1RJVklUWUxFTkRBUlZFT1RJRllQVElPTlNDSFNFQVlTVEFUQ0hHRVVFUllPUkRJUkVDVE9SVFJDSFBBUkFNRVRFUlVSQ0VCU0NSSUJFQVJET1dOQUNFSU5ETktDS1VCU0NSSUJFVFRQQ0VUU1BBRFRQLw==";
    var wasmBuffer;
    Object.defineProperty(module, "exports", {
      get: () => {
        return wasmBuffer ? wasmBuffer : wasmBuffer = Buffer13.from(wasmBase64, "base64");
      }
    });
  }
});

// node_modules/undici/lib/web/fetch/constants.js
var require_constants3 = __commonJS({
  "node_modules/undici/lib/web/fetch/constants.js"(exports, module) {
    "use strict";
    var corsSafeListedMethods = (
      /** @type {const} */
      ["GET", "HEAD", "POST"]
    );
    var corsSafeListedMethodsSet = new Set(corsSafeListedMethods);
    var nullBodyStatus = (
      /** @type {const} */
      [101, 204, 205, 304]
    );
    var redirectStatus = (
      /** @type {const} */
      [301, 302, 303, 307, 308]
    );
    var redirectStatusSet = new Set(redirectStatus);
    var badPorts = (
      /** @type {const} */
      [
        "1",
        "7",
        "9",
        "11",
        "13",
        "15",
        "17",
        "19",
        "20",
        "21",
        "22",
        "23",
        "25",
        "37",
        "42",
        "43",
        "53",
        "69",
        "77",
        "79",
        "87",
        "95",
        "101",
        "102",
        "103",
        "104",
        "109",
        "110",
        "111",
        "113",
        "115",
        "117",
        "119",
        "123",
        "135",
        "137",
        "139",
        "143",
        "161",
        "179",
        "389",
        "427",
        "465",
        "512",
        "513",
        "514",
        "515",
        "526",
        "530",
        "531",
        "532",
        "540",
        "548",
        "554",
        "556",
        "563",
        "587",
        "601",
        "636",
        "989",
        "990",
        "993",
        "995",
        "1719",
        "1720",
        "1723",
        "2049",
        "3659",
        "4045",
        "4190",
        "5060",
        "5061",
        "6000",
        "6566",
        "6665",
        "6666",
        "6667",
        "6668",
        "6669",
        "6679",
        "6697",
        "10080"
      ]
    );
    var badPortsSet = new Set(badPorts);
    var referrerPolicyTokens = (
      /** @type {const} */
      [
        "no-referrer",
        "no-referrer-when-downgrade",
        "same-origin",
        "origin",
        "strict-origin",
        "origin-when-cross-origin",
        "strict-origin-when-cross-origin",
        "unsafe-url"
      ]
    );
    var referrerPolicy = (
      /** @type {const} */
      [
        "",
        ...referrerPolicyTokens
      ]
    );
    var referrerPolicyTokensSet = new Set(referrerPolicyTokens);
    var requestRedirect = (
      /** @type {const} */
      ["follow", "manual", "error"]
    );
    var safeMethods = (
      /** @type {const} */
      ["GET", "HEAD", "OPTIONS", "TRACE"]
    );
    var safeMethodsSet = new Set(safeMethods);
    var requestMode = (
      /** @type {const} */
      ["navigate", "same-origin", "no-cors", "cors"]
    );
    var requestCredentials = (
      /** @type {const} */
      ["omit", "same-origin", "include"]
    );
    var requestCache = (
      /** @type {const} */
      [
        "default",
        "no-store",
        "reload",
        "no-cache",
        "force-cache",
        "only-if-cached"
      ]
    );
    var requestBodyHeader = (
      /** @type {const} */
      [
        "content-encoding",
        "content-language",
        "content-location",
        "content-type",
        // See https://github.com/nodejs/undici/issues/2021
        // 'Content-Length' is a forbidden header name, which is typically
        // removed in the Headers implementation. However, undici doesn't
        // filter out headers, so we add it here.
        "content-length"
      ]
    );
    var requestDuplex = (
      /** @type {const} */
      [
        "half"
      ]
    );
    var forbiddenMethods = (
      /** @type {const} */
      ["CONNECT", "TRACE", "TRACK"]
    );
    var forbiddenMethodsSet = new Set(forbiddenMethods);
    var subresource = (
      /** @type {const} */
      [
        "audio",
        "audioworklet",
        "font",
        "image",
        "manifest",
        "paintworklet",
        "script",
        "style",
        "track",
        "video",
        "xslt",
        ""
      ]
    );
    var subresourceSet = new Set(subresource);
    module.exports = {
      subresource,
      forbiddenMethods,
      requestBodyHeader,
      referrerPolicy,
      requestRedirect,
      requestMode,
      requestCredentials,
      requestCache,
      redirectStatus,
      corsSafeListedMethods,
      nullBodyStatus,
      safeMethods,
      badPorts,
      requestDuplex,
      subresourceSet,
      badPortsSet,
      redirectStatusSet,
      corsSafeListedMethodsSet,
      safeMethodsSet,
      forbiddenMethodsSet,
      referrerPolicyTokens: referrerPolicyTokensSet
    };
  }
});

// node_modules/undici/lib/web/fetch/global.js
var require_global = __commonJS({
  "node_modules/undici/lib/web/fetch/global.js"(exports, module) {
    "use strict";
    var globalOrigin = /* @__PURE__ */ Symbol.for("undici.globalOrigin.1");
    function getGlobalOrigin() {
      return globalThis[globalOrigin];
    }
    function setGlobalOrigin(newOrigin) {
      if (newOrigin === void 0) {
        Object.defineProperty(globalThis, globalOrigin, {
          value: void 0,
          writable: true,
          enumerable: false,
          configurable: false
        });
        return;
      }
      const parsedURL = new URL(newOrigin);
      if (parsedURL.protocol !== "http:" && parsedURL.protocol !== "https:") {
        throw new TypeError(`Only http & https urls are allowed, received ${parsedURL.protocol}`);
      }
      Object.defineProperty(globalThis, globalOrigin, {
        value: parsedURL,
        writable: true,
        enumerable: false,
        configurable: false
      });
    }
    module.exports = {
      getGlobalOrigin,
      setGlobalOrigin
    };
  }
});

// node_modules/undici/lib/encoding/index.js
var require_encoding = __commonJS({
  "node_modules/undici/lib/encoding/index.js"(exports, module) {
    "use strict";
    var textDecoder = new TextDecoder();
    function utf8DecodeBytes(buffer) {
      if (buffer.length === 0) {
        return "";
      }
      if (buffer[0] === 239 && buffer[1] === 187 && buffer[2] === 191) {
        buffer = buffer.subarray(3);
      }
      const output = textDecoder.decode(buffer);
      return output;
    }
    module.exports = {
      utf8DecodeBytes
    };
  }
});

// node_modules/undici/lib/web/infra/index.js
var require_infra = __commonJS({
  "node_modules/undici/lib/web/infra/index.js"(exports, module) {
    "use strict";
    var assert = __require("node:assert");
    var { utf8DecodeBytes } = require_encoding();
    function collectASequenceOfCodePoints(condition, input, position) {
      let result = "";
      while (position.position < input.length && condition(input[position.position])) {
        result += input[position.position];
        position.position++;
      }
      return result;
    }
    function collectASequenceOfCodePointsFast(char, input, position) {
      const idx = input.indexOf(char, position.position);
      const start = position.position;
      if (idx === -1) {
        position.position = input.length;
        return input.slice(start);
      }
      position.position = idx;
      return input.slice(start, position.position);
    }
    var ASCII_WHITESPACE_REPLACE_REGEX = /[\u0009\u000A\u000C\u000D\u0020]/g;
    var nonASCIIRegex = /[^\x00-\x7F]/;
    function asciiLowercase(str) {
      return nonASCIIRegex.test(str) ? str.replace(/[A-Z]+/g, (upper) => upper.toLowerCase()) : str.toLowerCase();
    }
    function forgivingBase64(data) {
      data = data.replace(ASCII_WHITESPACE_REPLACE_REGEX, "");
      let dataLength = data.length;
      if (dataLength % 4 === 0) {
        if (data.charCodeAt(dataLength - 1) === 61) {
          --dataLength;
          if (data.charCodeAt(dataLength - 1) === 61) {
            --dataLength;
          }
        }
      }
      if (dataLength % 4 === 1) {
        return "failure";
      }
      if (/[^+/0-9A-Za-z]/.test(data.length === dataLength ? data : data.substring(0, dataLength))) {
        return "failure";
      }
      const buffer = Buffer.from(data, "base64");
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    function isASCIIWhitespace(char) {
      return char === 9 || // \t
      char === 10 || // \n
      char === 12 || // \f
      char === 13 || // \r
      char === 32;
    }
    function isomorphicDecode(input) {
      const length = input.length;
      if ((2 << 15) - 1 > length) {
        return String.fromCharCode.apply(null, input);
      }
      let result = "";
      let i = 0;
      let addition = (2 << 15) - 1;
      while (i < length) {
        if (i + addition > length) {
          addition = length - i;
        }
        result += String.fromCharCode.apply(null, input.subarray(i, i += addition));
      }
      return result;
    }
    var invalidIsomorphicEncodeValueRegex = /[^\x00-\xFF]/;
    function isomorphicEncode(input) {
      assert(!invalidIsomorphicEncodeValueRegex.test(input));
      return input;
    }
    function parseJSONFromBytes(bytes) {
      return JSON.parse(utf8DecodeBytes(bytes));
    }
    function removeASCIIWhitespace(str, leading = true, trailing = true) {
      return removeChars(str, leading, trailing, isASCIIWhitespace);
    }
    function removeChars(str, leading, trailing, predicate) {
      let lead = 0;
      let trail = str.length - 1;
      if (leading) {
        while (lead < str.length && predicate(str.charCodeAt(lead))) lead++;
      }
      if (trailing) {
        while (trail > 0 && predicate(str.charCodeAt(trail))) trail--;
      }
      return lead === 0 && trail === str.length - 1 ? str : str.slice(lead, trail + 1);
    }
    function serializeJavascriptValueToJSONString(value) {
      const result = JSON.stringify(value);
      if (result === void 0) {
        throw new TypeError("Value is not JSON serializable");
      }
      assert(typeof result === "string");
      return result;
    }
    module.exports = {
      asciiLowercase,
      collectASequenceOfCodePoints,
      collectASequenceOfCodePointsFast,
      forgivingBase64,
      isASCIIWhitespace,
      isomorphicDecode,
      isomorphicEncode,
      parseJSONFromBytes,
      removeASCIIWhitespace,
      removeChars,
      serializeJavascriptValueToJSONString
    };
  }
});

// node_modules/undici/lib/web/fetch/data-url.js
var require_data_url = __commonJS({
  "node_modules/undici/lib/web/fetch/data-url.js"(exports, module) {
    "use strict";
    var assert = __require("node:assert");
    var { forgivingBase64, collectASequenceOfCodePoints, collectASequenceOfCodePointsFast, isomorphicDecode, removeASCIIWhitespace, removeChars } = require_infra();
    var encoder = new TextEncoder();
    var HTTP_TOKEN_CODEPOINTS = /^[-!#$%&'*+.^_|~A-Za-z0-9]+$/u;
    var HTTP_WHITESPACE_REGEX = /[\u000A\u000D\u0009\u0020]/u;
    var HTTP_QUOTED_STRING_TOKENS = /^[\u0009\u0020-\u007E\u0080-\u00FF]+$/u;
    function dataURLProcessor(dataURL) {
      assert(dataURL.protocol === "data:");
      let input = URLSerializer(dataURL, true);
      input = input.slice(5);
      const position = { position: 0 };
      let mimeType = collectASequenceOfCodePointsFast(
        ",",
        input,
        position
      );
      const mimeTypeLength = mimeType.length;
      mimeType = removeASCIIWhitespace(mimeType, true, true);
      if (position.position >= input.length) {
        return "failure";
      }
      position.position++;
      const encodedBody = input.slice(mimeTypeLength + 1);
      let body = stringPercentDecode(encodedBody);
      if (/;(?:\u0020*)base64$/ui.test(mimeType)) {
        const stringBody = isomorphicDecode(body);
        body = forgivingBase64(stringBody);
        if (body === "failure") {
          return "failure";
        }
        mimeType = mimeType.slice(0, -6);
        mimeType = mimeType.replace(/(\u0020+)$/u, "");
        mimeType = mimeType.slice(0, -1);
      }
      if (mimeType.startsWith(";")) {
        mimeType = "text/plain" + mimeType;
      }
      let mimeTypeRecord = parseMIMEType(mimeType);
      if (mimeTypeRecord === "failure") {
        mimeTypeRecord = parseMIMEType("text/plain;charset=US-ASCII");
      }
      return { mimeType: mimeTypeRecord, body };
    }
    function URLSerializer(url, excludeFragment = false) {
      if (!excludeFragment) {
        return url.href;
      }
      const href = url.href;
      const hashLength = url.hash.length;
      const serialized = hashLength === 0 ? href : href.substring(0, href.length - hashLength);
      if (!hashLength && href.endsWith("#")) {
        return serialized.slice(0, -1);
      }
      return serialized;
    }
    function stringPercentDecode(input) {
      const bytes = encoder.encode(input);
      return percentDecode(bytes);
    }
    function isHexCharByte(byte) {
      return byte >= 48 && byte <= 57 || byte >= 65 && byte <= 70 || byte >= 97 && byte <= 102;
    }
    function hexByteToNumber(byte) {
      return (
        // 0-9
        byte >= 48 && byte <= 57 ? byte - 48 : (byte & 223) - 55
      );
    }
    function percentDecode(input) {
      const length = input.length;
      const output = new Uint8Array(length);
      let j = 0;
      let i = 0;
      while (i < length) {
        const byte = input[i];
        if (byte !== 37) {
          output[j++] = byte;
        } else if (byte === 37 && !(isHexCharByte(input[i + 1]) && isHexCharByte(input[i + 2]))) {
          output[j++] = 37;
        } else {
          output[j++] = hexByteToNumber(input[i + 1]) << 4 | hexByteToNumber(input[i + 2]);
          i += 2;
        }
        ++i;
      }
      return length === j ? output : output.subarray(0, j);
    }
    function parseMIMEType(input) {
      input = removeHTTPWhitespace(input, true, true);
      const position = { position: 0 };
      const type = collectASequenceOfCodePointsFast(
        "/",
        input,
        position
      );
      if (type.length === 0 || !HTTP_TOKEN_CODEPOINTS.test(type)) {
        return "failure";
      }
      if (position.position >= input.length) {
        return "failure";
      }
      position.position++;
      let subtype = collectASequenceOfCodePointsFast(
        ";",
        input,
        position
      );
      subtype = removeHTTPWhitespace(subtype, false, true);
      if (subtype.length === 0 || !HTTP_TOKEN_CODEPOINTS.test(subtype)) {
        return "failure";
      }
      const typeLowercase = type.toLowerCase();
      const subtypeLowercase = subtype.toLowerCase();
      const mimeType = {
        type: typeLowercase,
        subtype: subtypeLowercase,
        /** @type {Map<string, string>} */
        parameters: /* @__PURE__ */ new Map(),
        // https://mimesniff.spec.whatwg.org/#mime-type-essence
        essence: `${typeLowercase}/${subtypeLowercase}`
      };
      while (position.position < input.length) {
        position.position++;
        collectASequenceOfCodePoints(
          // https://fetch.spec.whatwg.org/#http-whitespace
          (char) => HTTP_WHITESPACE_REGEX.test(char),
          input,
          position
        );
        let parameterName = collectASequenceOfCodePoints(
          (char) => char !== ";" && char !== "=",
          input,
          position
        );
        parameterName = parameterName.toLowerCase();
        if (position.position < input.length) {
          if (input[position.position] === ";") {
            continue;
          }
          position.position++;
        }
        if (position.position >= input.length) {
          break;
        }
        let parameterValue = null;
        if (input[position.position] === '"') {
          parameterValue = collectAnHTTPQuotedString(input, position, true);
          collectASequenceOfCodePointsFast(
            ";",
            input,
            position
          );
        } else {
          parameterValue = collectASequenceOfCodePointsFast(
            ";",
            input,
            position
          );
          parameterValue = removeHTTPWhitespace(parameterValue, false, true);
          if (parameterValue.length === 0) {
            continue;
          }
        }
        if (parameterName.length !== 0 && HTTP_TOKEN_CODEPOINTS.test(parameterName) && (parameterValue.length === 0 || HTTP_QUOTED_STRING_TOKENS.test(parameterValue)) && !mimeType.parameters.has(parameterName)) {
          mimeType.parameters.set(parameterName, parameterValue);
        }
      }
      return mimeType;
    }
    function collectAnHTTPQuotedString(input, position, extractValue = false) {
      const positionStart = position.position;
      let value = "";
      assert(input[position.position] === '"');
      position.position++;
      while (true) {
        value += collectASequenceOfCodePoints(
          (char) => char !== '"' && char !== "\\",
          input,
          position
        );
        if (position.position >= input.length) {
          break;
        }
        const quoteOrBackslash = input[position.position];
        position.position++;
        if (quoteOrBackslash === "\\") {
          if (position.position >= input.length) {
            value += "\\";
            break;
          }
          value += input[position.position];
          position.position++;
        } else {
          assert(quoteOrBackslash === '"');
          break;
        }
      }
      if (extractValue) {
        return value;
      }
      return input.slice(positionStart, position.position);
    }
    function serializeAMimeType(mimeType) {
      assert(mimeType !== "failure");
      const { parameters, essence } = mimeType;
      let serialization = essence;
      for (let [name, value] of parameters.entries()) {
        serialization += ";";
        serialization += name;
        serialization += "=";
        if (!HTTP_TOKEN_CODEPOINTS.test(value)) {
          value = value.replace(/[\\"]/ug, "\\$&");
          value = '"' + value;
          value += '"';
        }
        serialization += value;
      }
      return serialization;
    }
    function isHTTPWhiteSpace(char) {
      return char === 13 || char === 10 || char === 9 || char === 32;
    }
    function removeHTTPWhitespace(str, leading = true, trailing = true) {
      return removeChars(str, leading, trailing, isHTTPWhiteSpace);
    }
    function minimizeSupportedMimeType(mimeType) {
      switch (mimeType.essence) {
        case "application/ecmascript":
        case "application/javascript":
        case "application/x-ecmascript":
        case "application/x-javascript":
        case "text/ecmascript":
        case "text/javascript":
        case "text/javascript1.0":
        case "text/javascript1.1":
        case "text/javascript1.2":
        case "text/javascript1.3":
        case "text/javascript1.4":
        case "text/javascript1.5":
        case "text/jscript":
        case "text/livescript":
        case "text/x-ecmascript":
        case "text/x-javascript":
          return "text/javascript";
        case "application/json":
        case "text/json":
          return "application/json";
        case "image/svg+xml":
          return "image/svg+xml";
        case "text/xml":
        case "application/xml":
          return "application/xml";
      }
      if (mimeType.subtype.endsWith("+json")) {
        return "application/json";
      }
      if (mimeType.subtype.endsWith("+xml")) {
        return "application/xml";
      }
      return "";
    }
    module.exports = {
      dataURLProcessor,
      URLSerializer,
      stringPercentDecode,
      parseMIMEType,
      collectAnHTTPQuotedString,
      serializeAMimeType,
      removeHTTPWhitespace,
      minimizeSupportedMimeType,
      HTTP_TOKEN_CODEPOINTS
    };
  }
});

// node_modules/undici/lib/util/runtime-features.js
var require_runtime_features = __commonJS({
  "node_modules/undici/lib/util/runtime-features.js"(exports, module) {
    "use strict";
    var lazyLoaders = {
      __proto__: null,
      "node:crypto": () => __require("node:crypto"),
      "node:sqlite": () => __require("node:sqlite"),
      "node:worker_threads": () => __require("node:worker_threads"),
      "node:zlib": () => __require("node:zlib")
    };
    function detectRuntimeFeatureByNodeModule(moduleName) {
      try {
        lazyLoaders[moduleName]();
        return true;
      } catch (err) {
        if (err.code !== "ERR_UNKNOWN_BUILTIN_MODULE" && err.code !== "ERR_NO_CRYPTO") {
          throw err;
        }
        return false;
      }
    }
    function detectRuntimeFeatureByExportedProperty(moduleName, property) {
      const module2 = lazyLoaders[moduleName]();
      return typeof module2[property] !== "undefined";
    }
    var runtimeFeaturesByExportedProperty = (
      /** @type {const} */
      ["markAsUncloneable", "zstd"]
    );
    var exportedPropertyLookup = {
      markAsUncloneable: ["node:worker_threads", "markAsUncloneable"],
      zstd: ["node:zlib", "createZstdDecompress"]
    };
    var runtimeFeaturesAsNodeModule = (
      /** @type {const} */
      ["crypto", "sqlite"]
    );
    var features = (
      /** @type {const} */
      [
        ...runtimeFeaturesAsNodeModule,
        ...runtimeFeaturesByExportedProperty
      ]
    );
    function detectRuntimeFeature(feature) {
      if (runtimeFeaturesAsNodeModule.includes(
        /** @type {RuntimeFeatureByNodeModule} */
        feature
      )) {
        return detectRuntimeFeatureByNodeModule(`node:${feature}`);
      } else if (runtimeFeaturesByExportedProperty.includes(
        /** @type {RuntimeFeatureByExportedProperty} */
        feature
      )) {
        const [moduleName, property] = exportedPropertyLookup[feature];
        return detectRuntimeFeatureByExportedProperty(moduleName, property);
      }
      throw new TypeError(`unknown feature: ${feature}`);
    }
    var RuntimeFeatures = class {
      /** @type {Map<Feature, boolean>} */
      #map = /* @__PURE__ */ new Map();
      /**
       * Clears all cached feature detections.
       */
      clear() {
        this.#map.clear();
      }
      /**
       * @param {Feature} feature
       * @returns {boolean}
       */
      has(feature) {
        return this.#map.get(feature) ?? this.#detectRuntimeFeature(feature);
      }
      /**
       * @param {Feature} feature
       * @param {boolean} value
       */
      set(feature, value) {
        if (features.includes(feature) === false) {
          throw new TypeError(`unknown feature: ${feature}`);
        }
        this.#map.set(feature, value);
      }
      /**
       * @param {Feature} feature
       * @returns {boolean}
       */
      #detectRuntimeFeature(feature) {
        const result = detectRuntimeFeature(feature);
        this.#map.set(feature, result);
        return result;
      }
    };
    var instance = new RuntimeFeatures();
    module.exports.runtimeFeatures = instance;
    module.exports.default = instance;
  }
});

// node_modules/undici/lib/web/webidl/index.js
var require_webidl = __commonJS({
  "node_modules/undici/lib/web/webidl/index.js"(exports, module) {
    "use strict";
    var assert = __require("node:assert");
    var { types, inspect: inspect2 } = __require("node:util");
    var { runtimeFeatures } = require_runtime_features();
    var UNDEFINED = 1;
    var BOOLEAN = 2;
    var STRING = 3;
    var SYMBOL = 4;
    var NUMBER = 5;
    var BIGINT = 6;
    var NULL = 7;
    var OBJECT = 8;
    var FunctionPrototypeSymbolHasInstance = Function.call.bind(Function.prototype[Symbol.hasInstance]);
    var webidl = {
      converters: {},
      util: {},
      errors: {},
      is: {}
    };
    webidl.errors.exception = function(message2) {
      return new TypeError(`${message2.header}: ${message2.message}`);
    };
    webidl.errors.conversionFailed = function(opts) {
      const plural2 = opts.types.length === 1 ? "" : " one of";
      const message2 = `${opts.argument} could not be converted to${plural2}: ${opts.types.join(", ")}.`;
      return webidl.errors.exception({
        header: opts.prefix,
        message: message2
      });
    };
    webidl.errors.invalidArgument = function(context) {
      return webidl.errors.exception({
        header: context.prefix,
        message: `"${context.value}" is an invalid ${context.type}.`
      });
    };
    webidl.brandCheck = function(V, I) {
      if (!FunctionPrototypeSymbolHasInstance(I, V)) {
        const err = new TypeError("Illegal invocation");
        err.code = "ERR_INVALID_THIS";
        throw err;
      }
    };
    webidl.brandCheckMultiple = function(List) {
      const prototypes = List.map((c) => webidl.util.MakeTypeAssertion(c));
      return (V) => {
        if (prototypes.every((typeCheck) => !typeCheck(V))) {
          const err = new TypeError("Illegal invocation");
          err.code = "ERR_INVALID_THIS";
          throw err;
        }
      };
    };
    webidl.argumentLengthCheck = function({ length }, min, ctx) {
      if (length < min) {
        throw webidl.errors.exception({
          message: `${min} argument${min !== 1 ? "s" : ""} required, but${length ? " only" : ""} ${length} found.`,
          header: ctx
        });
      }
    };
    webidl.illegalConstructor = function() {
      throw webidl.errors.exception({
        header: "TypeError",
        message: "Illegal constructor"
      });
    };
    webidl.util.MakeTypeAssertion = function(I) {
      return (O) => FunctionPrototypeSymbolHasInstance(I, O);
    };
    webidl.util.Type = function(V) {
      switch (typeof V) {
        case "undefined":
          return UNDEFINED;
        case "boolean":
          return BOOLEAN;
        case "string":
          return STRING;
        case "symbol":
          return SYMBOL;
        case "number":
          return NUMBER;
        case "bigint":
          return BIGINT;
        case "function":
        case "object": {
          if (V === null) {
            return NULL;
          }
          return OBJECT;
        }
      }
    };
    webidl.util.Types = {
      UNDEFINED,
      BOOLEAN,
      STRING,
      SYMBOL,
      NUMBER,
      BIGINT,
      NULL,
      OBJECT
    };
    webidl.util.TypeValueToString = function(o) {
      switch (webidl.util.Type(o)) {
        case UNDEFINED:
          return "Undefined";
        case BOOLEAN:
          return "Boolean";
        case STRING:
          return "String";
        case SYMBOL:
          return "Symbol";
        case NUMBER:
          return "Number";
        case BIGINT:
          return "BigInt";
        case NULL:
          return "Null";
        case OBJECT:
          return "Object";
      }
    };
    webidl.util.markAsUncloneable = runtimeFeatures.has("markAsUncloneable") ? __require("node:worker_threads").markAsUncloneable : () => {
    };
    webidl.util.ConvertToInt = function(V, bitLength, signedness, flags) {
      let upperBound;
      let lowerBound;
      if (bitLength === 64) {
        upperBound = Math.pow(2, 53) - 1;
        if (signedness === "unsigned") {
          lowerBound = 0;
        } else {
          lowerBound = Math.pow(-2, 53) + 1;
        }
      } else if (signedness === "unsigned") {
        lowerBound = 0;
        upperBound = Math.pow(2, bitLength) - 1;
      } else {
        lowerBound = -Math.pow(2, bitLength - 1);
        upperBound = Math.pow(2, bitLength - 1) - 1;
      }
      let x = Number(V);
      if (x === 0) {
        x = 0;
      }
      if (webidl.util.HasFlag(flags, webidl.attributes.EnforceRange)) {
        if (Number.isNaN(x) || x === Number.POSITIVE_INFINITY || x === Number.NEGATIVE_INFINITY) {
          throw webidl.errors.exception({
            header: "Integer conversion",
            message: `Could not convert ${webidl.util.Stringify(V)} to an integer.`
          });
        }
        x = webidl.util.IntegerPart(x);
        if (x < lowerBound || x > upperBound) {
          throw webidl.errors.exception({
            header: "Integer conversion",
            message: `Value must be between ${lowerBound}-${upperBound}, got ${x}.`
          });
        }
        return x;
      }
      if (!Number.isNaN(x) && webidl.util.HasFlag(flags, webidl.attributes.Clamp)) {
        x = Math.min(Math.max(x, lowerBound), upperBound);
        if (Math.floor(x) % 2 === 0) {
          x = Math.floor(x);
        } else {
          x = Math.ceil(x);
        }
        return x;
      }
      if (Number.isNaN(x) || x === 0 && Object.is(0, x) || x === Number.POSITIVE_INFINITY || x === Number.NEGATIVE_INFINITY) {
        return 0;
      }
      x = webidl.util.IntegerPart(x);
      x = x % Math.pow(2, bitLength);
      if (signedness === "signed" && x >= Math.pow(2, bitLength - 1)) {
        return x - Math.pow(2, bitLength);
      }
      return x;
    };
    webidl.util.IntegerPart = function(n) {
      const r = Math.floor(Math.abs(n));
      if (n < 0) {
        return -1 * r;
      }
      return r;
    };
    webidl.util.Stringify = function(V) {
      const type = webidl.util.Type(V);
      switch (type) {
        case SYMBOL:
          return `Symbol(${V.description})`;
        case OBJECT:
          return inspect2(V);
        case STRING:
          return `"${V}"`;
        case BIGINT:
          return `${V}n`;
        default:
          return `${V}`;
      }
    };
    webidl.util.IsResizableArrayBuffer = function(V) {
      if (types.isArrayBuffer(V)) {
        return V.resizable;
      }
      if (types.isSharedArrayBuffer(V)) {
        return V.growable;
      }
      throw webidl.errors.exception({
        header: "IsResizableArrayBuffer",
        message: `"${webidl.util.Stringify(V)}" is not an array buffer.`
      });
    };
    webidl.util.HasFlag = function(flags, attributes) {
      return typeof flags === "number" && (flags & attributes) === attributes;
    };
    webidl.sequenceConverter = function(converter) {
      return (V, prefix, argument, Iterable) => {
        if (webidl.util.Type(V) !== OBJECT) {
          throw webidl.errors.exception({
            header: prefix,
            message: `${argument} (${webidl.util.Stringify(V)}) is not iterable.`
          });
        }
        const method = typeof Iterable === "function" ? Iterable() : V?.[Symbol.iterator]?.();
        const seq = [];
        let index = 0;
        if (method === void 0 || typeof method.next !== "function") {
          throw webidl.errors.exception({
            header: prefix,
            message: `${argument} is not iterable.`
          });
        }
        while (true) {
          const { done, value } = method.next();
          if (done) {
            break;
          }
          seq.push(converter(value, prefix, `${argument}[${index++}]`));
        }
        return seq;
      };
    };
    webidl.recordConverter = function(keyConverter, valueConverter) {
      return (O, prefix, argument) => {
        if (webidl.util.Type(O) !== OBJECT) {
          throw webidl.errors.exception({
            header: prefix,
            message: `${argument} ("${webidl.util.TypeValueToString(O)}") is not an Object.`
          });
        }
        const result = {};
        if (!types.isProxy(O)) {
          const keys2 = [...Object.getOwnPropertyNames(O), ...Object.getOwnPropertySymbols(O)];
          for (const key2 of keys2) {
            const keyName = webidl.util.Stringify(key2);
            const typedKey = keyConverter(key2, prefix, `Key ${keyName} in ${argument}`);
            const typedValue = valueConverter(O[key2], prefix, `${argument}[${keyName}]`);
            result[typedKey] = typedValue;
          }
          return result;
        }
        const keys = Reflect.ownKeys(O);
        for (const key2 of keys) {
          const desc = Reflect.getOwnPropertyDescriptor(O, key2);
          if (desc?.enumerable) {
            const typedKey = keyConverter(key2, prefix, argument);
            const typedValue = valueConverter(O[key2], prefix, argument);
            result[typedKey] = typedValue;
          }
        }
        return result;
      };
    };
    webidl.interfaceConverter = function(TypeCheck, name) {
      return (V, prefix, argument) => {
        if (!TypeCheck(V)) {
          throw webidl.errors.exception({
            header: prefix,
            message: `Expected ${argument} ("${webidl.util.Stringify(V)}") to be an instance of ${name}.`
          });
        }
        return V;
      };
    };
    webidl.dictionaryConverter = function(converters) {
      converters.sort((a, b) => (a.key > b.key) - (a.key < b.key));
      return (dictionary, prefix, argument) => {
        const dict = {};
        if (dictionary != null && webidl.util.Type(dictionary) !== OBJECT) {
          throw webidl.errors.exception({
            header: prefix,
            message: `Expected ${dictionary} to be one of: Null, Undefined, Object.`
          });
        }
        for (const options of converters) {
          const { key: key2, defaultValue, required, converter } = options;
          if (required === true) {
            if (dictionary == null || !Object.hasOwn(dictionary, key2)) {
              throw webidl.errors.exception({
                header: prefix,
                message: `Missing required key "${key2}".`
              });
            }
          }
          let value = dictionary?.[key2];
          const hasDefault = defaultValue !== void 0;
          if (hasDefault && value === void 0) {
            value = defaultValue();
          }
          if (required || hasDefault || value !== void 0) {
            value = converter(value, prefix, `${argument}.${key2}`);
            if (options.allowedValues && !options.allowedValues.includes(value)) {
              throw webidl.errors.exception({
                header: prefix,
                message: `${value} is not an accepted type. Expected one of ${options.allowedValues.join(", ")}.`
              });
            }
            dict[key2] = value;
          }
        }
        return dict;
      };
    };
    webidl.nullableConverter = function(converter) {
      return (V, prefix, argument) => {
        if (V === null) {
          return V;
        }
        return converter(V, prefix, argument);
      };
    };
    webidl.is.USVString = function(value) {
      return typeof value === "string" && value.isWellFormed();
    };
    webidl.is.ReadableStream = webidl.util.MakeTypeAssertion(ReadableStream);
    webidl.is.Blob = webidl.util.MakeTypeAssertion(Blob);
    webidl.is.URLSearchParams = webidl.util.MakeTypeAssertion(URLSearchParams);
    webidl.is.File = webidl.util.MakeTypeAssertion(File);
    webidl.is.URL = webidl.util.MakeTypeAssertion(URL);
    webidl.is.AbortSignal = webidl.util.MakeTypeAssertion(AbortSignal);
    webidl.is.MessagePort = webidl.util.MakeTypeAssertion(MessagePort);
    webidl.is.BufferSource = function(V) {
      return types.isArrayBuffer(V) || ArrayBuffer.isView(V) && types.isArrayBuffer(V.buffer);
    };
    webidl.util.getCopyOfBytesHeldByBufferSource = function(bufferSource) {
      const jsBufferSource = bufferSource;
      let jsArrayBuffer = jsBufferSource;
      let offset = 0;
      let length = 0;
      if (types.isTypedArray(jsBufferSource) || types.isDataView(jsBufferSource)) {
        jsArrayBuffer = jsBufferSource.buffer;
        offset = jsBufferSource.byteOffset;
        length = jsBufferSource.byteLength;
      } else {
        assert(types.isAnyArrayBuffer(jsBufferSource));
        length = jsBufferSource.byteLength;
      }
      if (jsArrayBuffer.detached) {
        return new Uint8Array(0);
      }
      const bytes = new Uint8Array(length);
      const view = new Uint8Array(jsArrayBuffer, offset, length);
      bytes.set(view);
      return bytes;
    };
    webidl.converters.DOMString = function(V, prefix, argument, flags) {
      if (V === null && webidl.util.HasFlag(flags, webidl.attributes.LegacyNullToEmptyString)) {
        return "";
      }
      if (typeof V === "symbol") {
        throw webidl.errors.exception({
          header: prefix,
          message: `${argument} is a symbol, which cannot be converted to a DOMString.`
        });
      }
      return String(V);
    };
    webidl.converters.ByteString = function(V, prefix, argument) {
      if (typeof V === "symbol") {
        throw webidl.errors.exception({
          header: prefix,
          message: `${argument} is a symbol, which cannot be converted to a ByteString.`
        });
      }
      const x = String(V);
      for (let index = 0; index < x.length; index++) {
        if (x.charCodeAt(index) > 255) {
          throw new TypeError(
            `Cannot convert argument to a ByteString because the character at index ${index} has a value of ${x.charCodeAt(index)} which is greater than 255.`
          );
        }
      }
      return x;
    };
    webidl.converters.USVString = function(value) {
      if (typeof value === "string") {
        return value.toWellFormed();
      }
      return `${value}`.toWellFormed();
    };
    webidl.converters.boolean = function(V) {
      const x = Boolean(V);
      return x;
    };
    webidl.converters.any = function(V) {
      return V;
    };
    webidl.converters["long long"] = function(V, prefix, argument) {
      const x = webidl.util.ConvertToInt(V, 64, "signed", 0, prefix, argument);
      return x;
    };
    webidl.converters["unsigned long long"] = function(V, prefix, argument) {
      const x = webidl.util.ConvertToInt(V, 64, "unsigned", 0, prefix, argument);
      return x;
    };
    webidl.converters["unsigned long"] = function(V, prefix, argument) {
      const x = webidl.util.ConvertToInt(V, 32, "unsigned", 0, prefix, argument);
      return x;
    };
    webidl.converters["unsigned short"] = function(V, prefix, argument, flags) {
      const x = webidl.util.ConvertToInt(V, 16, "unsigned", flags, prefix, argument);
      return x;
    };
    webidl.converters.ArrayBuffer = function(V, prefix, argument, flags) {
      if (webidl.util.Type(V) !== OBJECT || !types.isArrayBuffer(V)) {
        throw webidl.errors.conversionFailed({
          prefix,
          argument: `${argument} ("${webidl.util.Stringify(V)}")`,
          types: ["ArrayBuffer"]
        });
      }
      if (!webidl.util.HasFlag(flags, webidl.attributes.AllowResizable) && webidl.util.IsResizableArrayBuffer(V)) {
        throw webidl.errors.exception({
          header: prefix,
          message: `${argument} cannot be a resizable ArrayBuffer.`
        });
      }
      return V;
    };
    webidl.converters.SharedArrayBuffer = function(V, prefix, argument, flags) {
      if (webidl.util.Type(V) !== OBJECT || !types.isSharedArrayBuffer(V)) {
        throw webidl.errors.conversionFailed({
          prefix,
          argument: `${argument} ("${webidl.util.Stringify(V)}")`,
          types: ["SharedArrayBuffer"]
        });
      }
      if (!webidl.util.HasFlag(flags, webidl.attributes.AllowResizable) && webidl.util.IsResizableArrayBuffer(V)) {
        throw webidl.errors.exception({
          header: prefix,
          message: `${argument} cannot be a resizable SharedArrayBuffer.`
        });
      }
      return V;
    };
    webidl.converters.TypedArray = function(V, T, prefix, argument, flags) {
      if (webidl.util.Type(V) !== OBJECT || !types.isTypedArray(V) || V.constructor.name !== T.name) {
        throw webidl.errors.conversionFailed({
          prefix,
          argument: `${argument} ("${webidl.util.Stringify(V)}")`,
          types: [T.name]
        });
      }
      if (!webidl.util.HasFlag(flags, webidl.attributes.AllowShared) && types.isSharedArrayBuffer(V.buffer)) {
        throw webidl.errors.exception({
          header: prefix,
          message: `${argument} cannot be a view on a shared array buffer.`
        });
      }
      if (!webidl.util.HasFlag(flags, webidl.attributes.AllowResizable) && webidl.util.IsResizableArrayBuffer(V.buffer)) {
        throw webidl.errors.exception({
          header: prefix,
          message: `${argument} cannot be a view on a resizable array buffer.`
        });
      }
      return V;
    };
    webidl.converters.DataView = function(V, prefix, argument, flags) {
      if (webidl.util.Type(V) !== OBJECT || !types.isDataView(V)) {
        throw webidl.errors.conversionFailed({
          prefix,
          argument: `${argument} ("${webidl.util.Stringify(V)}")`,
          types: ["DataView"]
        });
      }
      if (!webidl.util.HasFlag(flags, webidl.attributes.AllowShared) && types.isSharedArrayBuffer(V.buffer)) {
        throw webidl.errors.exception({
          header: prefix,
          message: `${argument} cannot be a view on a shared array buffer.`
        });
      }
      if (!webidl.util.HasFlag(flags, webidl.attributes.AllowResizable) && webidl.util.IsResizableArrayBuffer(V.buffer)) {
        throw webidl.errors.exception({
          header: prefix,
          message: `${argument} cannot be a view on a resizable array buffer.`
        });
      }
      return V;
    };
    webidl.converters.ArrayBufferView = function(V, prefix, argument, flags) {
      if (webidl.util.Type(V) !== OBJECT || !types.isArrayBufferView(V)) {
        throw webidl.errors.conversionFailed({
          prefix,
          argument: `${argument} ("${webidl.util.Stringify(V)}")`,
          types: ["ArrayBufferView"]
        });
      }
      if (!webidl.util.HasFlag(flags, webidl.attributes.AllowShared) && types.isSharedArrayBuffer(V.buffer)) {
        throw webidl.errors.exception({
          header: prefix,
          message: `${argument} cannot be a view on a shared array buffer.`
        });
      }
      if (!webidl.util.HasFlag(flags, webidl.attributes.AllowResizable) && webidl.util.IsResizableArrayBuffer(V.buffer)) {
        throw webidl.errors.exception({
          header: prefix,
          message: `${argument} cannot be a view on a resizable array buffer.`
        });
      }
      return V;
    };
    webidl.converters.BufferSource = function(V, prefix, argument, flags) {
      if (types.isArrayBuffer(V)) {
        return webidl.converters.ArrayBuffer(V, prefix, argument, flags);
      }
      if (types.isArrayBufferView(V)) {
        flags &= ~webidl.attributes.AllowShared;
        return webidl.converters.ArrayBufferView(V, prefix, argument, flags);
      }
      if (types.isSharedArrayBuffer(V)) {
        throw webidl.errors.exception({
          header: prefix,
          message: `${argument} cannot be a SharedArrayBuffer.`
        });
      }
      throw webidl.errors.conversionFailed({
        prefix,
        argument: `${argument} ("${webidl.util.Stringify(V)}")`,
        types: ["ArrayBuffer", "ArrayBufferView"]
      });
    };
    webidl.converters.AllowSharedBufferSource = function(V, prefix, argument, flags) {
      if (types.isArrayBuffer(V)) {
        return webidl.converters.ArrayBuffer(V, prefix, argument, flags);
      }
      if (types.isSharedArrayBuffer(V)) {
        return webidl.converters.SharedArrayBuffer(V, prefix, argument, flags);
      }
      if (types.isArrayBufferView(V)) {
        flags |= webidl.attributes.AllowShared;
        return webidl.converters.ArrayBufferView(V, prefix, argument, flags);
      }
      throw webidl.errors.conversionFailed({
        prefix,
        argument: `${argument} ("${webidl.util.Stringify(V)}")`,
        types: ["ArrayBuffer", "SharedArrayBuffer", "ArrayBufferView"]
      });
    };
    webidl.converters["sequence<ByteString>"] = webidl.sequenceConverter(
      webidl.converters.ByteString
    );
    webidl.converters["sequence<sequence<ByteString>>"] = webidl.sequenceConverter(
      webidl.converters["sequence<ByteString>"]
    );
    webidl.converters["record<ByteString, ByteString>"] = webidl.recordConverter(
      webidl.converters.ByteString,
      webidl.converters.ByteString
    );
    webidl.converters.Blob = webidl.interfaceConverter(webidl.is.Blob, "Blob");
    webidl.converters.AbortSignal = webidl.interfaceConverter(
      webidl.is.AbortSignal,
      "AbortSignal"
    );
    webidl.converters.EventHandlerNonNull = function(V) {
      if (webidl.util.Type(V) !== OBJECT) {
        return null;
      }
      if (typeof V === "function") {
        return V;
      }
      return () => {
      };
    };
    webidl.attributes = {
      Clamp: 1 << 0,
      EnforceRange: 1 << 1,
      AllowShared: 1 << 2,
      AllowResizable: 1 << 3,
      LegacyNullToEmptyString: 1 << 4
    };
    module.exports = {
      webidl
    };
  }
});

// node_modules/undici/lib/web/fetch/util.js
var require_util2 = __commonJS({
  "node_modules/undici/lib/web/fetch/util.js"(exports, module) {
    "use strict";
    var { Transform: Transform11 } = __require("node:stream");
    var zlib = __require("node:zlib");
    var { redirectStatusSet, referrerPolicyTokens, badPortsSet } = require_constants3();
    var { getGlobalOrigin } = require_global();
    var { collectAnHTTPQuotedString, parseMIMEType } = require_data_url();
    var { performance: performance2 } = __require("node:perf_hooks");
    var { ReadableStreamFrom, isValidHTTPToken, normalizedMethodRecordsBase } = require_util();
    var assert = __require("node:assert");
    var { isUint8Array: isUint8Array2 } = __require("node:util/types");
    var { webidl } = require_webidl();
    var { isomorphicEncode, collectASequenceOfCodePoints, removeChars } = require_infra();
    function responseURL(response) {
      const urlList = response.urlList;
      const length = urlList.length;
      return length === 0 ? null : urlList[length - 1].toString();
    }
    function responseLocationURL(response, requestFragment) {
      if (!redirectStatusSet.has(response.status)) {
        return null;
      }
      let location = response.headersList.get("location", true);
      if (location !== null && isValidHeaderValue(location)) {
        if (!isValidEncodedURL(location)) {
          location = normalizeBinaryStringToUtf8(location);
        }
        location = new URL(location, responseURL(response));
      }
      if (location && !location.hash) {
        location.hash = requestFragment;
      }
      return location;
    }
    function isValidEncodedURL(url) {
      for (let i = 0; i < url.length; ++i) {
        const code = url.charCodeAt(i);
        if (code > 126 || // Non-US-ASCII + DEL
        code < 32) {
          return false;
        }
      }
      return true;
    }
    function normalizeBinaryStringToUtf8(value) {
      return Buffer.from(value, "binary").toString("utf8");
    }
    function requestCurrentURL(request) {
      return request.urlList[request.urlList.length - 1];
    }
    function requestBadPort(request) {
      const url = requestCurrentURL(request);
      if (urlIsHttpHttpsScheme(url) && badPortsSet.has(url.port)) {
        return "blocked";
      }
      return "allowed";
    }
    function isErrorLike(object) {
      return object instanceof Error || (object?.constructor?.name === "Error" || object?.constructor?.name === "DOMException");
    }
    function isValidReasonPhrase(statusText) {
      for (let i = 0; i < statusText.length; ++i) {
        const c = statusText.charCodeAt(i);
        if (!(c === 9 || // HTAB
        c >= 32 && c <= 126 || // SP / VCHAR
        c >= 128 && c <= 255)) {
          return false;
        }
      }
      return true;
    }
    var isValidHeaderName = isValidHTTPToken;
    function isValidHeaderValue(potentialValue) {
      return (potentialValue[0] === "	" || potentialValue[0] === " " || potentialValue[potentialValue.length - 1] === "	" || potentialValue[potentialValue.length - 1] === " " || potentialValue.includes("\n") || potentialValue.includes("\r") || potentialValue.includes("\0")) === false;
    }
    function parseReferrerPolicy(actualResponse) {
      const policyHeader = (actualResponse.headersList.get("referrer-policy", true) ?? "").split(",");
      let policy = "";
      if (policyHeader.length) {
        for (let i = policyHeader.length; i !== 0; i--) {
          const token = policyHeader[i - 1].trim();
          if (referrerPolicyTokens.has(token)) {
            policy = token;
            break;
          }
        }
      }
      return policy;
    }
    function setRequestReferrerPolicyOnRedirect(request, actualResponse) {
      const policy = parseReferrerPolicy(actualResponse);
      if (policy !== "") {
        request.referrerPolicy = policy;
      }
    }
    function crossOriginResourcePolicyCheck() {
      return "allowed";
    }
    function corsCheck() {
      return "success";
    }
    function TAOCheck() {
      return "success";
    }
    function appendFetchMetadata(httpRequest) {
      let header = null;
      header = httpRequest.mode;
      httpRequest.headersList.set("sec-fetch-mode", header, true);
    }
    function appendRequestOriginHeader(request) {
      let serializedOrigin = request.origin;
      if (serializedOrigin === "client" || serializedOrigin === void 0) {
        return;
      }
      if (request.responseTainting === "cors" || request.mode === "websocket") {
        request.headersList.append("origin", serializedOrigin, true);
      } else if (request.method !== "GET" && request.method !== "HEAD") {
        switch (request.referrerPolicy) {
          case "no-referrer":
            serializedOrigin = null;
            break;
          case "no-referrer-when-downgrade":
          case "strict-origin":
          case "strict-origin-when-cross-origin":
            if (request.origin && urlHasHttpsScheme(request.origin) && !urlHasHttpsScheme(requestCurrentURL(request))) {
              serializedOrigin = null;
            }
            break;
          case "same-origin":
            if (!sameOrigin(request, requestCurrentURL(request))) {
              serializedOrigin = null;
            }
            break;
          default:
        }
        request.headersList.append("origin", serializedOrigin, true);
      }
    }
    function coarsenTime(timestamp, crossOriginIsolatedCapability) {
      return timestamp;
    }
    function clampAndCoarsenConnectionTimingInfo(connectionTimingInfo, defaultStartTime, crossOriginIsolatedCapability) {
      if (!connectionTimingInfo?.startTime || connectionTimingInfo.startTime < defaultStartTime) {
        return {
          domainLookupStartTime: defaultStartTime,
          domainLookupEndTime: defaultStartTime,
          connectionStartTime: defaultStartTime,
          connectionEndTime: defaultStartTime,
          secureConnectionStartTime: defaultStartTime,
          ALPNNegotiatedProtocol: connectionTimingInfo?.ALPNNegotiatedProtocol
        };
      }
      return {
        domainLookupStartTime: coarsenTime(connectionTimingInfo.domainLookupStartTime, crossOriginIsolatedCapability),
        domainLookupEndTime: coarsenTime(connectionTimingInfo.domainLookupEndTime, crossOriginIsolatedCapability),
        connectionStartTime: coarsenTime(connectionTimingInfo.connectionStartTime, crossOriginIsolatedCapability),
        connectionEndTime: coarsenTime(connectionTimingInfo.connectionEndTime, crossOriginIsolatedCapability),
        secureConnectionStartTime: coarsenTime(connectionTimingInfo.secureConnectionStartTime, crossOriginIsolatedCapability),
        ALPNNegotiatedProtocol: connectionTimingInfo.ALPNNegotiatedProtocol
      };
    }
    function coarsenedSharedCurrentTime(crossOriginIsolatedCapability) {
      return coarsenTime(performance2.now(), crossOriginIsolatedCapability);
    }
    function createOpaqueTimingInfo(timingInfo) {
      return {
        startTime: timingInfo.startTime ?? 0,
        redirectStartTime: 0,
        redirectEndTime: 0,
        postRedirectStartTime: timingInfo.startTime ?? 0,
        finalServiceWorkerStartTime: 0,
        finalNetworkResponseStartTime: 0,
        finalNetworkRequestStartTime: 0,
        endTime: 0,
        encodedBodySize: 0,
        decodedBodySize: 0,
        finalConnectionTimingInfo: null
      };
    }
    function makePolicyContainer() {
      return {
        referrerPolicy: "strict-origin-when-cross-origin"
      };
    }
    function clonePolicyContainer(policyContainer) {
      return {
        referrerPolicy: policyContainer.referrerPolicy
      };
    }
    function determineRequestsReferrer(request) {
      const policy = request.referrerPolicy;
      assert(policy);
      let referrerSource = null;
      if (request.referrer === "client") {
        const globalOrigin = getGlobalOrigin();
        if (!globalOrigin || globalOrigin.origin === "null") {
          return "no-referrer";
        }
        referrerSource = new URL(globalOrigin);
      } else if (webidl.is.URL(request.referrer)) {
        referrerSource = request.referrer;
      }
      let referrerURL = stripURLForReferrer(referrerSource);
      const referrerOrigin = stripURLForReferrer(referrerSource, true);
      if (referrerURL.toString().length > 4096) {
        referrerURL = referrerOrigin;
      }
      switch (policy) {
        case "no-referrer":
          return "no-referrer";
        case "origin":
          if (referrerOrigin != null) {
            return referrerOrigin;
          }
          return stripURLForReferrer(referrerSource, true);
        case "unsafe-url":
          return referrerURL;
        case "strict-origin": {
          const currentURL = requestCurrentURL(request);
          if (isURLPotentiallyTrustworthy(referrerURL) && !isURLPotentiallyTrustworthy(currentURL)) {
            return "no-referrer";
          }
          return referrerOrigin;
        }
        case "strict-origin-when-cross-origin": {
          const currentURL = requestCurrentURL(request);
          if (sameOrigin(referrerURL, currentURL)) {
            return referrerURL;
          }
          if (isURLPotentiallyTrustworthy(referrerURL) && !isURLPotentiallyTrustworthy(currentURL)) {
            return "no-referrer";
          }
          return referrerOrigin;
        }
        case "same-origin":
          if (sameOrigin(request, referrerURL)) {
            return referrerURL;
          }
          return "no-referrer";
        case "origin-when-cross-origin":
          if (sameOrigin(request, referrerURL)) {
            return referrerURL;
          }
          return referrerOrigin;
        case "no-referrer-when-downgrade": {
          const currentURL = requestCurrentURL(request);
          if (isURLPotentiallyTrustworthy(referrerURL) && !isURLPotentiallyTrustworthy(currentURL)) {
            return "no-referrer";
          }
          return referrerURL;
        }
      }
    }
    function stripURLForReferrer(url, originOnly = false) {
      assert(webidl.is.URL(url));
      url = new URL(url);
      if (urlIsLocal(url)) {
        return "no-referrer";
      }
      url.username = "";
      url.password = "";
      url.hash = "";
      if (originOnly === true) {
        url.pathname = "";
        url.search = "";
      }
      return url;
    }
    var isPotentialleTrustworthyIPv4 = RegExp.prototype.test.bind(/^127\.(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)\.){2}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)$/);
    var isPotentiallyTrustworthyIPv6 = RegExp.prototype.test.bind(/^(?:(?:0{1,4}:){7}|(?:0{1,4}:){1,6}:|::)0{0,3}1$/);
    function isOriginIPPotentiallyTrustworthy(origin) {
      if (origin.includes(":")) {
        if (origin[0] === "[" && origin[origin.length - 1] === "]") {
          origin = origin.slice(1, -1);
        }
        return isPotentiallyTrustworthyIPv6(origin);
      }
      return isPotentialleTrustworthyIPv4(origin);
    }
    function isOriginPotentiallyTrustworthy(origin) {
      if (origin == null || origin === "null") {
        return false;
      }
      origin = new URL(origin);
      if (origin.protocol === "https:" || origin.protocol === "wss:") {
        return true;
      }
      if (isOriginIPPotentiallyTrustworthy(origin.hostname)) {
        return true;
      }
      if (origin.hostname === "localhost" || origin.hostname === "localhost.") {
        return true;
      }
      if (origin.hostname.endsWith(".localhost") || origin.hostname.endsWith(".localhost.")) {
        return true;
      }
      if (origin.protocol === "file:") {
        return true;
      }
      return false;
    }
    function isURLPotentiallyTrustworthy(url) {
      if (!webidl.is.URL(url)) {
        return false;
      }
      if (url.href === "about:blank" || url.href === "about:srcdoc") {
        return true;
      }
      if (url.protocol === "data:") return true;
      if (url.protocol === "blob:") return true;
      return isOriginPotentiallyTrustworthy(url.origin);
    }
    function tryUpgradeRequestToAPotentiallyTrustworthyURL(request) {
    }
    function sameOrigin(A, B) {
      if (A.origin === B.origin && A.origin === "null") {
        return true;
      }
      if (A.protocol === B.protocol && A.hostname === B.hostname && A.port === B.port) {
        return true;
      }
      return false;
    }
    function isAborted(fetchParams) {
      return fetchParams.controller.state === "aborted";
    }
    function isCancelled(fetchParams) {
      return fetchParams.controller.state === "aborted" || fetchParams.controller.state === "terminated";
    }
    function normalizeMethod(method) {
      return normalizedMethodRecordsBase[method.toLowerCase()] ?? method;
    }
    var esIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
    function createIterator(name, kInternalIterator, keyIndex = 0, valueIndex = 1) {
      class FastIterableIterator {
        /** @type {any} */
        #target;
        /** @type {'key' | 'value' | 'key+value'} */
        #kind;
        /** @type {number} */
        #index;
        /**
         * @see https://webidl.spec.whatwg.org/#dfn-default-iterator-object
         * @param {unknown} target
         * @param {'key' | 'value' | 'key+value'} kind
         */
        constructor(target, kind) {
          this.#target = target;
          this.#kind = kind;
          this.#index = 0;
        }
        next() {
          if (typeof this !== "object" || this === null || !(#target in this)) {
            throw new TypeError(
              `'next' called on an object that does not implement interface ${name} Iterator.`
            );
          }
          const index = this.#index;
          const values = kInternalIterator(this.#target);
          const len = values.length;
          if (index >= len) {
            return {
              value: void 0,
              done: true
            };
          }
          const { [keyIndex]: key2, [valueIndex]: value } = values[index];
          this.#index = index + 1;
          let result;
          switch (this.#kind) {
            case "key":
              result = key2;
              break;
            case "value":
              result = value;
              break;
            case "key+value":
              result = [key2, value];
              break;
          }
          return {
            value: result,
            done: false
          };
        }
      }
      delete FastIterableIterator.prototype.constructor;
      Object.setPrototypeOf(FastIterableIterator.prototype, esIteratorPrototype);
      Object.defineProperties(FastIterableIterator.prototype, {
        [Symbol.toStringTag]: {
          writable: false,
          enumerable: false,
          configurable: true,
          value: `${name} Iterator`
        },
        next: { writable: true, enumerable: true, configurable: true }
      });
      return function(target, kind) {
        return new FastIterableIterator(target, kind);
      };
    }
    function iteratorMixin(name, object, kInternalIterator, keyIndex = 0, valueIndex = 1) {
      const makeIterator = createIterator(name, kInternalIterator, keyIndex, valueIndex);
      const properties = {
        keys: {
          writable: true,
          enumerable: true,
          configurable: true,
          value: function keys() {
            webidl.brandCheck(this, object);
            return makeIterator(this, "key");
          }
        },
        values: {
          writable: true,
          enumerable: true,
          configurable: true,
          value: function values() {
            webidl.brandCheck(this, object);
            return makeIterator(this, "value");
          }
        },
        entries: {
          writable: true,
          enumerable: true,
          configurable: true,
          value: function entries() {
            webidl.brandCheck(this, object);
            return makeIterator(this, "key+value");
          }
        },
        forEach: {
          writable: true,
          enumerable: true,
          configurable: true,
          value: function forEach(callbackfn, thisArg = globalThis) {
            webidl.brandCheck(this, object);
            webidl.argumentLengthCheck(arguments, 1, `${name}.forEach`);
            if (typeof callbackfn !== "function") {
              throw new TypeError(
                `Failed to execute 'forEach' on '${name}': parameter 1 is not of type 'Function'.`
              );
            }
            for (const { 0: key2, 1: value } of makeIterator(this, "key+value")) {
              callbackfn.call(thisArg, value, key2, this);
            }
          }
        }
      };
      return Object.defineProperties(object.prototype, {
        ...properties,
        [Symbol.iterator]: {
          writable: true,
          enumerable: false,
          configurable: true,
          value: properties.entries.value
        }
      });
    }
    function fullyReadBody(body, processBody, processBodyError) {
      const successSteps = processBody;
      const errorSteps = processBodyError;
      try {
        const reader = body.stream.getReader();
        readAllBytes(reader, successSteps, errorSteps);
      } catch (e) {
        errorSteps(e);
      }
    }
    function readableStreamClose(controller) {
      try {
        controller.close();
        controller.byobRequest?.respond(0);
      } catch (err) {
        if (!err.message.includes("Controller is already closed") && !err.message.includes("ReadableStream is already closed")) {
          throw err;
        }
      }
    }
    async function readAllBytes(reader, successSteps, failureSteps) {
      try {
        const bytes = [];
        let byteLength = 0;
        do {
          const { done, value: chunk } = await reader.read();
          if (done) {
            successSteps(Buffer.concat(bytes, byteLength));
            return;
          }
          if (!isUint8Array2(chunk)) {
            failureSteps(new TypeError("Received non-Uint8Array chunk"));
            return;
          }
          bytes.push(chunk);
          byteLength += chunk.length;
        } while (true);
      } catch (e) {
        failureSteps(e);
      }
    }
    function urlIsLocal(url) {
      assert("protocol" in url);
      const protocol = url.protocol;
      return protocol === "about:" || protocol === "blob:" || protocol === "data:";
    }
    function urlHasHttpsScheme(url) {
      return typeof url === "string" && url[5] === ":" && url[0] === "h" && url[1] === "t" && url[2] === "t" && url[3] === "p" && url[4] === "s" || url.protocol === "https:";
    }
    function urlIsHttpHttpsScheme(url) {
      assert("protocol" in url);
      const protocol = url.protocol;
      return protocol === "http:" || protocol === "https:";
    }
    function simpleRangeHeaderValue(value, allowWhitespace) {
      const data = value;
      if (!data.startsWith("bytes")) {
        return "failure";
      }
      const position = { position: 5 };
      if (allowWhitespace) {
        collectASequenceOfCodePoints(
          (char) => char === "	" || char === " ",
          data,
          position
        );
      }
      if (data.charCodeAt(position.position) !== 61) {
        return "failure";
      }
      position.position++;
      if (allowWhitespace) {
        collectASequenceOfCodePoints(
          (char) => char === "	" || char === " ",
          data,
          position
        );
      }
      const rangeStart = collectASequenceOfCodePoints(
        (char) => {
          const code = char.charCodeAt(0);
          return code >= 48 && code <= 57;
        },
        data,
        position
      );
      const rangeStartValue = rangeStart.length ? Number(rangeStart) : null;
      if (allowWhitespace) {
        collectASequenceOfCodePoints(
          (char) => char === "	" || char === " ",
          data,
          position
        );
      }
      if (data.charCodeAt(position.position) !== 45) {
        return "failure";
      }
      position.position++;
      if (allowWhitespace) {
        collectASequenceOfCodePoints(
          (char) => char === "	" || char === " ",
          data,
          position
        );
      }
      const rangeEnd = collectASequenceOfCodePoints(
        (char) => {
          const code = char.charCodeAt(0);
          return code >= 48 && code <= 57;
        },
        data,
        position
      );
      const rangeEndValue = rangeEnd.length ? Number(rangeEnd) : null;
      if (position.position < data.length) {
        return "failure";
      }
      if (rangeEndValue === null && rangeStartValue === null) {
        return "failure";
      }
      if (rangeStartValue > rangeEndValue) {
        return "failure";
      }
      return { rangeStartValue, rangeEndValue };
    }
    function buildContentRange(rangeStart, rangeEnd, fullLength) {
      let contentRange = "bytes ";
      contentRange += isomorphicEncode(`${rangeStart}`);
      contentRange += "-";
      contentRange += isomorphicEncode(`${rangeEnd}`);
      contentRange += "/";
      contentRange += isomorphicEncode(`${fullLength}`);
      return contentRange;
    }
    var InflateStream = class extends Transform11 {
      #zlibOptions;
      /** @param {zlib.ZlibOptions} [zlibOptions] */
      constructor(zlibOptions) {
        super();
        this.#zlibOptions = zlibOptions;
      }
      _transform(chunk, encoding, callback) {
        if (!this._inflateStream) {
          if (chunk.length === 0) {
            callback();
            return;
          }
          this._inflateStream = (chunk[0] & 15) === 8 ? zlib.createInflate(this.#zlibOptions) : zlib.createInflateRaw(this.#zlibOptions);
          this._inflateStream.on("data", this.push.bind(this));
          this._inflateStream.on("end", () => this.push(null));
          this._inflateStream.on("error", (err) => this.destroy(err));
        }
        this._inflateStream.write(chunk, encoding, callback);
      }
      _final(callback) {
        if (this._inflateStream) {
          this._inflateStream.end();
          this._inflateStream = null;
        }
        callback();
      }
    };
    function createInflate(zlibOptions) {
      return new InflateStream(zlibOptions);
    }
    function extractMimeType(headers) {
      let charset = null;
      let essence = null;
      let mimeType = null;
      const values = getDecodeSplit("content-type", headers);
      if (values === null) {
        return "failure";
      }
      for (const value of values) {
        const temporaryMimeType = parseMIMEType(value);
        if (temporaryMimeType === "failure" || temporaryMimeType.essence === "*/*") {
          continue;
        }
        mimeType = temporaryMimeType;
        if (mimeType.essence !== essence) {
          charset = null;
          if (mimeType.parameters.has("charset")) {
            charset = mimeType.parameters.get("charset");
          }
          essence = mimeType.essence;
        } else if (!mimeType.parameters.has("charset") && charset !== null) {
          mimeType.parameters.set("charset", charset);
        }
      }
      if (mimeType == null) {
        return "failure";
      }
      return mimeType;
    }
    function gettingDecodingSplitting(value) {
      const input = value;
      const position = { position: 0 };
      const values = [];
      let temporaryValue = "";
      while (position.position < input.length) {
        temporaryValue += collectASequenceOfCodePoints(
          (char) => char !== '"' && char !== ",",
          input,
          position
        );
        if (position.position < input.length) {
          if (input.charCodeAt(position.position) === 34) {
            temporaryValue += collectAnHTTPQuotedString(
              input,
              position
            );
            if (position.position < input.length) {
              continue;
            }
          } else {
            assert(input.charCodeAt(position.position) === 44);
            position.position++;
          }
        }
        temporaryValue = removeChars(temporaryValue, true, true, (char) => char === 9 || char === 32);
        values.push(temporaryValue);
        temporaryValue = "";
      }
      return values;
    }
    function getDecodeSplit(name, list2) {
      const value = list2.get(name, true);
      if (value === null) {
        return null;
      }
      return gettingDecodingSplitting(value);
    }
    function hasAuthenticationEntry(request) {
      return false;
    }
    function includesCredentials(url) {
      return !!(url.username || url.password);
    }
    function isTraversableNavigable(navigable) {
      return navigable != null && navigable !== "client" && navigable !== "no-traversable";
    }
    var EnvironmentSettingsObjectBase = class {
      get baseUrl() {
        return getGlobalOrigin();
      }
      get origin() {
        return this.baseUrl?.origin;
      }
      policyContainer = makePolicyContainer();
    };
    var EnvironmentSettingsObject = class {
      settingsObject = new EnvironmentSettingsObjectBase();
    };
    var environmentSettingsObject = new EnvironmentSettingsObject();
    module.exports = {
      isAborted,
      isCancelled,
      isValidEncodedURL,
      ReadableStreamFrom,
      tryUpgradeRequestToAPotentiallyTrustworthyURL,
      clampAndCoarsenConnectionTimingInfo,
      coarsenedSharedCurrentTime,
      determineRequestsReferrer,
      makePolicyContainer,
      clonePolicyContainer,
      appendFetchMetadata,
      appendRequestOriginHeader,
      TAOCheck,
      corsCheck,
      crossOriginResourcePolicyCheck,
      createOpaqueTimingInfo,
      setRequestReferrerPolicyOnRedirect,
      isValidHTTPToken,
      requestBadPort,
      requestCurrentURL,
      responseURL,
      responseLocationURL,
      isURLPotentiallyTrustworthy,
      isValidReasonPhrase,
      sameOrigin,
      normalizeMethod,
      iteratorMixin,
      createIterator,
      isValidHeaderName,
      isValidHeaderValue,
      isErrorLike,
      fullyReadBody,
      readableStreamClose,
      urlIsLocal,
      urlHasHttpsScheme,
      urlIsHttpHttpsScheme,
      readAllBytes,
      simpleRangeHeaderValue,
      buildContentRange,
      createInflate,
      extractMimeType,
      getDecodeSplit,
      environmentSettingsObject,
      isOriginIPPotentiallyTrustworthy,
      hasAuthenticationEntry,
      includesCredentials,
      isTraversableNavigable
    };
  }
});

// node_modules/undici/lib/web/fetch/formdata.js
var require_formdata = __commonJS({
  "node_modules/undici/lib/web/fetch/formdata.js"(exports, module) {
    "use strict";
    var { iteratorMixin } = require_util2();
    var { kEnumerableProperty } = require_util();
    var { webidl } = require_webidl();
    var nodeUtil = __require("node:util");
    var FormData = class _FormData {
      #state = [];
      constructor(form = void 0) {
        webidl.util.markAsUncloneable(this);
        if (form !== void 0) {
          throw webidl.errors.conversionFailed({
            prefix: "FormData constructor",
            argument: "Argument 1",
            types: ["undefined"]
          });
        }
      }
      append(name, value, filename = void 0) {
        webidl.brandCheck(this, _FormData);
        const prefix = "FormData.append";
        webidl.argumentLengthCheck(arguments, 2, prefix);
        name = webidl.converters.USVString(name);
        if (arguments.length === 3 || webidl.is.Blob(value)) {
          value = webidl.converters.Blob(value, prefix, "value");
          if (filename !== void 0) {
            filename = webidl.converters.USVString(filename);
          }
        } else {
          value = webidl.converters.USVString(value);
        }
        const entry = makeEntry(name, value, filename);
        this.#state.push(entry);
      }
      delete(name) {
        webidl.brandCheck(this, _FormData);
        const prefix = "FormData.delete";
        webidl.argumentLengthCheck(arguments, 1, prefix);
        name = webidl.converters.USVString(name);
        this.#state = this.#state.filter((entry) => entry.name !== name);
      }
      get(name) {
        webidl.brandCheck(this, _FormData);
        const prefix = "FormData.get";
        webidl.argumentLengthCheck(arguments, 1, prefix);
        name = webidl.converters.USVString(name);
        const idx = this.#state.findIndex((entry) => entry.name === name);
        if (idx === -1) {
          return null;
        }
        return this.#state[idx].value;
      }
      getAll(name) {
        webidl.brandCheck(this, _FormData);
        const prefix = "FormData.getAll";
        webidl.argumentLengthCheck(arguments, 1, prefix);
        name = webidl.converters.USVString(name);
        return this.#state.filter((entry) => entry.name === name).map((entry) => entry.value);
      }
      has(name) {
        webidl.brandCheck(this, _FormData);
        const prefix = "FormData.has";
        webidl.argumentLengthCheck(arguments, 1, prefix);
        name = webidl.converters.USVString(name);
        return this.#state.findIndex((entry) => entry.name === name) !== -1;
      }
      set(name, value, filename = void 0) {
        webidl.brandCheck(this, _FormData);
        const prefix = "FormData.set";
        webidl.argumentLengthCheck(arguments, 2, prefix);
        name = webidl.converters.USVString(name);
        if (arguments.length === 3 || webidl.is.Blob(value)) {
          value = webidl.converters.Blob(value, prefix, "value");
          if (filename !== void 0) {
            filename = webidl.converters.USVString(filename);
          }
        } else {
          value = webidl.converters.USVString(value);
        }
        const entry = makeEntry(name, value, filename);
        const idx = this.#state.findIndex((entry2) => entry2.name === name);
        if (idx !== -1) {
          this.#state = [
            ...this.#state.slice(0, idx),
            entry,
            ...this.#state.slice(idx + 1).filter((entry2) => entry2.name !== name)
          ];
        } else {
          this.#state.push(entry);
        }
      }
      [nodeUtil.inspect.custom](depth, options) {
        const state = this.#state.reduce((a, b) => {
          if (a[b.name]) {
            if (Array.isArray(a[b.name])) {
              a[b.name].push(b.value);
            } else {
              a[b.name] = [a[b.name], b.value];
            }
          } else {
            a[b.name] = b.value;
          }
          return a;
        }, { __proto__: null });
        options.depth ??= depth;
        options.colors ??= true;
        const output = nodeUtil.formatWithOptions(options, state);
        return `FormData ${output.slice(output.indexOf("]") + 2)}`;
      }
      /**
       * @param {FormData} formData
       */
      static getFormDataState(formData) {
        return formData.#state;
      }
      /**
       * @param {FormData} formData
       * @param {any[]} newState
       */
      static setFormDataState(formData, newState) {
        formData.#state = newState;
      }
    };
    var { getFormDataState, setFormDataState } = FormData;
    Reflect.deleteProperty(FormData, "getFormDataState");
    Reflect.deleteProperty(FormData, "setFormDataState");
    iteratorMixin("FormData", FormData, getFormDataState, "name", "value");
    Object.defineProperties(FormData.prototype, {
      append: kEnumerableProperty,
      delete: kEnumerableProperty,
      get: kEnumerableProperty,
      getAll: kEnumerableProperty,
      has: kEnumerableProperty,
      set: kEnumerableProperty,
      [Symbol.toStringTag]: {
        value: "FormData",
        configurable: true
      }
    });
    function makeEntry(name, value, filename) {
      if (typeof value === "string") {
      } else {
        if (!webidl.is.File(value)) {
          value = new File([value], "blob", { type: value.type });
        }
        if (filename !== void 0) {
          const options = {
            type: value.type,
            lastModified: value.lastModified
          };
          value = new File([value], filename, options);
        }
      }
      return { name, value };
    }
    webidl.is.FormData = webidl.util.MakeTypeAssertion(FormData);
    module.exports = { FormData, makeEntry, setFormDataState };
  }
});

// node_modules/undici/lib/web/fetch/formdata-parser.js
var require_formdata_parser = __commonJS({
  "node_modules/undici/lib/web/fetch/formdata-parser.js"(exports, module) {
    "use strict";
    var { bufferToLowerCasedHeaderName } = require_util();
    var { HTTP_TOKEN_CODEPOINTS } = require_data_url();
    var { makeEntry } = require_formdata();
    var { webidl } = require_webidl();
    var assert = __require("node:assert");
    var { isomorphicDecode } = require_infra();
    var dd = Buffer.from("--");
    var decoder = new TextDecoder();
    var decoderIgnoreBOM = new TextDecoder("utf-8", { ignoreBOM: true });
    function isAsciiString(chars) {
      for (let i = 0; i < chars.length; ++i) {
        if ((chars.charCodeAt(i) & ~127) !== 0) {
          return false;
        }
      }
      return true;
    }
    function validateBoundary(boundary) {
      const length = boundary.length;
      if (length < 27 || length > 70) {
        return false;
      }
      for (let i = 0; i < length; ++i) {
        const cp = boundary.charCodeAt(i);
        if (!(cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 39 || cp === 45 || cp === 95)) {
          return false;
        }
      }
      return true;
    }
    function multipartFormDataParser(input, mimeType) {
      assert(mimeType !== "failure" && mimeType.essence === "multipart/form-data");
      const boundaryString = mimeType.parameters.get("boundary");
      if (boundaryString === void 0) {
        throw parsingError("missing boundary in content-type header");
      }
      const boundary = Buffer.from(`--${boundaryString}`, "utf8");
      const entryList = [];
      const position = { position: 0 };
      const firstBoundaryIndex = input.indexOf(boundary);
      if (firstBoundaryIndex === -1) {
        throw parsingError("no boundary found in multipart body");
      }
      position.position = firstBoundaryIndex;
      while (true) {
        if (input.subarray(position.position, position.position + boundary.length).equals(boundary)) {
          position.position += boundary.length;
        } else {
          throw parsingError("expected a value starting with -- and the boundary");
        }
        if (bufferStartsWith(input, dd, position)) {
          return entryList;
        }
        if (input[position.position] !== 13 || input[position.position + 1] !== 10) {
          throw parsingError("expected CRLF");
        }
        position.position += 2;
        const result = parseMultipartFormDataHeaders(input, position);
        let { name, filename, contentType, encoding } = result;
        position.position += 2;
        let body;
        {
          const boundaryIndex = input.indexOf(boundary.subarray(2), position.position);
          if (boundaryIndex === -1) {
            throw parsingError("expected boundary after body");
          }
          body = input.subarray(position.position, boundaryIndex - 4);
          position.position += body.length;
          if (encoding === "base64") {
            body = Buffer.from(body.toString(), "base64");
          }
        }
        if (input[position.position] !== 13 || input[position.position + 1] !== 10) {
          throw parsingError("expected CRLF");
        } else {
          position.position += 2;
        }
        let value;
        if (filename !== null) {
          contentType ??= "text/plain";
          if (!isAsciiString(contentType)) {
            contentType = "";
          }
          value = new File([body], filename, { type: contentType });
        } else {
          value = decoderIgnoreBOM.decode(Buffer.from(body));
        }
        assert(webidl.is.USVString(name));
        assert(typeof value === "string" && webidl.is.USVString(value) || webidl.is.File(value));
        entryList.push(makeEntry(name, value, filename));
      }
    }
    function parseContentDispositionAttribute(input, position) {
      if (input[position.position] === 59) {
        position.position++;
      }
      collectASequenceOfBytes(
        (char) => char === 32 || char === 9,
        input,
        position
      );
      const attributeName = collectASequenceOfBytes(
        (char) => isToken(char) && char !== 61 && char !== 42,
        // not = or *
        input,
        position
      );
      if (attributeName.length === 0) {
        return null;
      }
      const attrNameStr = attributeName.toString("ascii").toLowerCase();
      const isExtended = input[position.position] === 42;
      if (isExtended) {
        position.position++;
      }
      if (input[position.position] !== 61) {
        return null;
      }
      position.position++;
      collectASequenceOfBytes(
        (char) => char === 32 || char === 9,
        input,
        position
      );
      let value;
      if (isExtended) {
        const headerValue = collectASequenceOfBytes(
          (char) => char !== 32 && char !== 13 && char !== 10 && char !== 59,
          // not space, CRLF, or ;
          input,
          position
        );
        if (headerValue[0] !== 117 && headerValue[0] !== 85 || // u or U
        headerValue[1] !== 116 && headerValue[1] !== 84 || // t or T
        headerValue[2] !== 102 && headerValue[2] !== 70 || // f or F
        headerValue[3] !== 45 || // -
        headerValue[4] !== 56) {
          throw parsingError("unknown encoding, expected utf-8''");
        }
        value = decodeURIComponent(decoder.decode(headerValue.subarray(7)));
      } else if (input[position.position] === 34) {
        position.position++;
        const quotedValue = collectASequenceOfBytes(
          (char) => char !== 10 && char !== 13 && char !== 34,
          // not LF, CR, or "
          input,
          position
        );
        if (input[position.position] !== 34) {
          throw parsingError("Closing quote not found");
        }
        position.position++;
        value = decoder.decode(quotedValue).replace(/%0A/ig, "\n").replace(/%0D/ig, "\r").replace(/%22/g, '"');
      } else {
        const tokenValue = collectASequenceOfBytes(
          (char) => isToken(char) && char !== 59,
          // not ;
          input,
          position
        );
        value = decoder.decode(tokenValue);
      }
      return { name: attrNameStr, value, extended: isExtended };
    }
    function parseMultipartFormDataHeaders(input, position) {
      let name = null;
      let filename = null;
      let contentType = null;
      let encoding = null;
      while (true) {
        if (input[position.position] === 13 && input[position.position + 1] === 10) {
          if (name === null) {
            throw parsingError("header name is null");
          }
          return { name, filename, contentType, encoding };
        }
        let headerName = collectASequenceOfBytes(
          (char) => char !== 10 && char !== 13 && char !== 58,
          input,
          position
        );
        headerName = removeChars(headerName, true, true, (char) => char === 9 || char === 32);
        if (!HTTP_TOKEN_CODEPOINTS.test(headerName.toString())) {
          throw parsingError("header name does not match the field-name token production");
        }
        if (input[position.position] !== 58) {
          throw parsingError("expected :");
        }
        position.position++;
        collectASequenceOfBytes(
          (char) => char === 32 || char === 9,
          input,
          position
        );
        switch (bufferToLowerCasedHeaderName(headerName)) {
          case "content-disposition": {
            name = filename = null;
            let filenameIsExtended = false;
            const dispositionType = collectASequenceOfBytes(
              (char) => isToken(char),
              input,
              position
            );
            if (dispositionType.toString("ascii").toLowerCase() !== "form-data") {
              throw parsingError("expected form-data for content-disposition header");
            }
            while (position.position < input.length && (input[position.position] !== 13 || input[position.position + 1] !== 10)) {
              const attribute = parseContentDispositionAttribute(input, position);
              if (!attribute) {
                break;
              }
              if (attribute.name === "name") {
                name = attribute.value;
              } else if (attribute.name === "filename") {
                if (attribute.extended) {
                  filename = attribute.value;
                  filenameIsExtended = true;
                } else if (!filenameIsExtended) {
                  filename = attribute.value;
                }
              }
            }
            if (name === null) {
              throw parsingError("name attribute is required in content-disposition header");
            }
            break;
          }
          case "content-type": {
            let headerValue = collectASequenceOfBytes(
              (char) => char !== 10 && char !== 13,
              input,
              position
            );
            headerValue = removeChars(headerValue, false, true, (char) => char === 9 || char === 32);
            contentType = isomorphicDecode(headerValue);
            break;
          }
          case "content-transfer-encoding": {
            let headerValue = collectASequenceOfBytes(
              (char) => char !== 10 && char !== 13,
              input,
              position
            );
            headerValue = removeChars(headerValue, false, true, (char) => char === 9 || char === 32);
            encoding = isomorphicDecode(headerValue);
            break;
          }
          default: {
            collectASequenceOfBytes(
              (char) => char !== 10 && char !== 13,
              input,
              position
            );
          }
        }
        if (input[position.position] !== 13 || input[position.position + 1] !== 10) {
          throw parsingError("expected CRLF");
        } else {
          position.position += 2;
        }
      }
    }
    function collectASequenceOfBytes(condition, input, position) {
      let start = position.position;
      while (start < input.length && condition(input[start])) {
        ++start;
      }
      return input.subarray(position.position, position.position = start);
    }
    function removeChars(buf, leading, trailing, predicate) {
      let lead = 0;
      let trail = buf.length - 1;
      if (leading) {
        while (lead < buf.length && predicate(buf[lead])) lead++;
      }
      if (trailing) {
        while (trail > 0 && predicate(buf[trail])) trail--;
      }
      return lead === 0 && trail === buf.length - 1 ? buf : buf.subarray(lead, trail + 1);
    }
    function bufferStartsWith(buffer, start, position) {
      if (buffer.length < start.length) {
        return false;
      }
      for (let i = 0; i < start.length; i++) {
        if (start[i] !== buffer[position.position + i]) {
          return false;
        }
      }
      return true;
    }
    function parsingError(cause) {
      return new TypeError("Failed to parse body as FormData.", { cause: new TypeError(cause) });
    }
    function isCTL(char) {
      return char <= 31 || char === 127;
    }
    function isTSpecial(char) {
      return char === 40 || // (
      char === 41 || // )
      char === 60 || // <
      char === 62 || // >
      char === 64 || // @
      char === 44 || // ,
      char === 59 || // ;
      char === 58 || // :
      char === 92 || // \
      char === 34 || // "
      char === 47 || // /
      char === 91 || // [
      char === 93 || // ]
      char === 63 || // ?
      char === 61;
    }
    function isToken(char) {
      return char <= 127 && // ascii
      char !== 32 && // space
      char !== 9 && !isCTL(char) && !isTSpecial(char);
    }
    module.exports = {
      multipartFormDataParser,
      validateBoundary
    };
  }
});

// node_modules/undici/lib/util/promise.js
var require_promise = __commonJS({
  "node_modules/undici/lib/util/promise.js"(exports, module) {
    "use strict";
    function createDeferredPromise() {
      let res;
      let rej;
      const promise = new Promise((resolve3, reject) => {
        res = resolve3;
        rej = reject;
      });
      return { promise, resolve: res, reject: rej };
    }
    module.exports = {
      createDeferredPromise
    };
  }
});

// node_modules/undici/lib/web/fetch/body.js
var require_body = __commonJS({
  "node_modules/undici/lib/web/fetch/body.js"(exports, module) {
    "use strict";
    var util = require_util();
    var {
      ReadableStreamFrom,
      readableStreamClose,
      fullyReadBody,
      extractMimeType
    } = require_util2();
    var { FormData, setFormDataState } = require_formdata();
    var { webidl } = require_webidl();
    var assert = __require("node:assert");
    var { isErrored, isDisturbed } = __require("node:stream");
    var { isUint8Array: isUint8Array2 } = __require("node:util/types");
    var { serializeAMimeType } = require_data_url();
    var { multipartFormDataParser } = require_formdata_parser();
    var { createDeferredPromise } = require_promise();
    var { parseJSONFromBytes } = require_infra();
    var { utf8DecodeBytes } = require_encoding();
    var { runtimeFeatures } = require_runtime_features();
    var random = runtimeFeatures.has("crypto") ? __require("node:crypto").randomInt : (max) => Math.floor(Math.random() * max);
    var textEncoder = new TextEncoder();
    function noop() {
    }
    var streamRegistry = new FinalizationRegistry((weakRef) => {
      const stream = weakRef.deref();
      if (stream && !stream.locked && !isDisturbed(stream) && !isErrored(stream)) {
        stream.cancel("Response object has been garbage collected").catch(noop);
      }
    });
    function extractBody(object, keepalive = false) {
      let stream = null;
      if (webidl.is.ReadableStream(object)) {
        stream = object;
      } else if (webidl.is.Blob(object)) {
        stream = object.stream();
      } else {
        stream = new ReadableStream({
          start() {
          },
          async pull(controller) {
            const result = action();
            const iterator = result?.[Symbol.asyncIterator]?.();
            if (iterator == null) {
              if (result?.length && !isErrored(stream)) {
                controller.enqueue(typeof result === "string" ? textEncoder.encode(result) : new Uint8Array(result));
              }
              queueMicrotask(() => readableStreamClose(controller));
              return;
            }
            while (true) {
              const { value, done } = await iterator.next();
              if (done) {
                queueMicrotask(() => readableStreamClose(controller));
                return;
              }
              if (value.length && !isErrored(stream)) {
                controller.enqueue(new Uint8Array(value));
                return;
              }
            }
          },
          cancel(reason) {
            return action()[Symbol.asyncIterator]?.().return(reason);
          },
          type: "bytes"
        });
      }
      assert(webidl.is.ReadableStream(stream));
      let action = null;
      let source = null;
      let length = null;
      let type = null;
      if (typeof object === "string") {
        source = object;
        type = "text/plain;charset=UTF-8";
      } else if (webidl.is.URLSearchParams(object)) {
        source = object.toString();
        type = "application/x-www-form-urlencoded;charset=UTF-8";
      } else if (webidl.is.BufferSource(object)) {
        source = webidl.util.getCopyOfBytesHeldByBufferSource(object);
      } else if (webidl.is.FormData(object)) {
        const boundary = `----formdata-undici-0${`${random(1e11)}`.padStart(11, "0")}`;
        const prefix = `--${boundary}\r
Content-Disposition: form-data`;
        const formdataEscape = (str) => str.replace(/\n/g, "%0A").replace(/\r/g, "%0D").replace(/"/g, "%22");
        const normalizeLinefeeds = (value) => value.replace(/\r?\n|\r/g, "\r\n");
        const blobParts = [];
        const rn = new Uint8Array([13, 10]);
        length = 0;
        let hasUnknownSizeValue = false;
        for (const [name, value] of object) {
          if (typeof value === "string") {
            const chunk2 = textEncoder.encode(prefix + `; name="${formdataEscape(normalizeLinefeeds(name))}"\r
\r
${normalizeLinefeeds(value)}\r
`);
            blobParts.push(chunk2);
            length += chunk2.byteLength;
          } else {
            const chunk2 = textEncoder.encode(`${prefix}; name="${formdataEscape(normalizeLinefeeds(name))}"` + (value.name ? `; filename="${formdataEscape(value.name)}"` : "") + `\r
Content-Type: ${value.type || "application/octet-stream"}\r
\r
`);
            blobParts.push(chunk2, value, rn);
            if (typeof value.size === "number") {
              length += chunk2.byteLength + value.size + rn.byteLength;
            } else {
              hasUnknownSizeValue = true;
            }
          }
        }
        const chunk = textEncoder.encode(`--${boundary}--\r
`);
        blobParts.push(chunk);
        length += chunk.byteLength;
        if (hasUnknownSizeValue) {
          length = null;
        }
        source = object;
        const parts = (async function* () {
          for (const part of blobParts) {
            if (part.stream) {
              yield* part.stream();
            } else {
              yield part;
            }
          }
        })();
        action = () => parts;
        type = `multipart/form-data; boundary=${boundary}`;
      } else if (webidl.is.Blob(object)) {
        source = object;
        length = object.size;
        if (object.type) {
          type = object.type;
        }
      } else if (typeof object[Symbol.asyncIterator] === "function") {
        if (keepalive) {
          throw new TypeError("keepalive");
        }
        if (util.isDisturbed(object) || object.locked) {
          throw new TypeError(
            "Response body object should not be disturbed or locked"
          );
        }
        stream = webidl.is.ReadableStream(object) ? object : ReadableStreamFrom(object);
      }
      if (typeof source === "string" || isUint8Array2(source)) {
        action = () => source;
        length = typeof source === "string" ? Buffer.byteLength(source) : source.length;
      }
      const body = { stream, source, length };
      return [body, type];
    }
    function safelyExtractBody(object, keepalive = false) {
      if (webidl.is.ReadableStream(object)) {
        assert(!util.isDisturbed(object), "The body has already been consumed.");
        assert(!object.locked, "The stream is locked.");
      }
      return extractBody(object, keepalive);
    }
    function cloneBody(body) {
      const { 0: out1, 1: out2 } = body.stream.tee();
      body.stream = out1;
      return {
        stream: out2,
        length: body.length,
        source: body.source
      };
    }
    function bodyMixinMethods(instance, getInternalState) {
      const methods = {
        blob() {
          return consumeBody(this, (bytes) => {
            let mimeType = bodyMimeType(getInternalState(this));
            if (mimeType === null) {
              mimeType = "";
            } else if (mimeType) {
              mimeType = serializeAMimeType(mimeType);
            }
            return new Blob([bytes], { type: mimeType });
          }, instance, getInternalState);
        },
        arrayBuffer() {
          return consumeBody(this, (bytes) => {
            return new Uint8Array(bytes).buffer;
          }, instance, getInternalState);
        },
        text() {
          return consumeBody(this, utf8DecodeBytes, instance, getInternalState);
        },
        json() {
          return consumeBody(this, parseJSONFromBytes, instance, getInternalState);
        },
        formData() {
          return consumeBody(this, (value) => {
            const mimeType = bodyMimeType(getInternalState(this));
            if (mimeType !== null) {
              switch (mimeType.essence) {
                case "multipart/form-data": {
                  const parsed = multipartFormDataParser(value, mimeType);
                  const fd = new FormData();
                  setFormDataState(fd, parsed);
                  return fd;
                }
                case "application/x-www-form-urlencoded": {
                  const entries = new URLSearchParams(value.toString());
                  const fd = new FormData();
                  for (const [name, value2] of entries) {
                    fd.append(name, value2);
                  }
                  return fd;
                }
              }
            }
            throw new TypeError(
              'Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".'
            );
          }, instance, getInternalState);
        },
        bytes() {
          return consumeBody(this, (bytes) => {
            return new Uint8Array(bytes);
          }, instance, getInternalState);
        }
      };
      return methods;
    }
    function mixinBody(prototype, getInternalState) {
      Object.assign(prototype.prototype, bodyMixinMethods(prototype, getInternalState));
    }
    function consumeBody(object, convertBytesToJSValue, instance, getInternalState) {
      try {
        webidl.brandCheck(object, instance);
      } catch (e) {
        return Promise.reject(e);
      }
      object = getInternalState(object);
      if (bodyUnusable(object)) {
        return Promise.reject(new TypeError("Body is unusable: Body has already been read"));
      }
      const promise = createDeferredPromise();
      const errorSteps = promise.reject;
      const successSteps = (data) => {
        try {
          promise.resolve(convertBytesToJSValue(data));
        } catch (e) {
          errorSteps(e);
        }
      };
      if (object.body == null) {
        successSteps(Buffer.allocUnsafe(0));
        return promise.promise;
      }
      fullyReadBody(object.body, successSteps, errorSteps);
      return promise.promise;
    }
    function bodyUnusable(object) {
      const body = object.body;
      return body != null && (body.stream.locked || util.isDisturbed(body.stream));
    }
    function bodyMimeType(requestOrResponse) {
      const headers = requestOrResponse.headersList;
      const mimeType = extractMimeType(headers);
      if (mimeType === "failure") {
        return null;
      }
      return mimeType;
    }
    module.exports = {
      extractBody,
      safelyExtractBody,
      cloneBody,
      mixinBody,
      streamRegistry,
      bodyUnusable
    };
  }
});

// node_modules/undici/lib/dispatcher/client-h1.js
var require_client_h1 = __commonJS({
  "node_modules/undici/lib/dispatcher/client-h1.js"(exports, module) {
    "use strict";
    var assert = __require("node:assert");
    var util = require_util();
    var { channels } = require_diagnostics();
    var timers = require_timers();
    var {
      RequestContentLengthMismatchError,
      ResponseContentLengthMismatchError,
      RequestAbortedError,
      InvalidArgumentError,
      HeadersTimeoutError,
      HeadersOverflowError,
      SocketError,
      InformationalError,
      BodyTimeoutError,
      HTTPParserError,
      ResponseExceededMaxSizeError
    } = require_errors();
    var {
      kUrl,
      kReset,
      kClient,
      kParser,
      kBlocking,
      kRunning,
      kPending,
      kSize,
      kWriting,
      kQueue,
      kNoRef,
      kKeepAliveDefaultTimeout,
      kHostHeader,
      kPendingIdx,
      kRunningIdx,
      kError,
      kPipelining,
      kSocket,
      kKeepAliveTimeoutValue,
      kMaxHeadersSize,
      kKeepAliveMaxTimeout,
      kKeepAliveTimeoutThreshold,
      kHeadersTimeout,
      kBodyTimeout,
      kStrictContentLength,
      kMaxRequests,
      kCounter,
      kMaxResponseSize,
      kOnError,
      kResume,
      kHTTPContext,
      kClosed
    } = require_symbols();
    var constants3 = require_constants2();
    var EMPTY_BUF = Buffer.alloc(0);
    var FastBuffer = Buffer[Symbol.species];
    var removeAllListeners = util.removeAllListeners;
    var kIdleSocketValidation = /* @__PURE__ */ Symbol("kIdleSocketValidation");
    var kIdleSocketValidationTimeout = /* @__PURE__ */ Symbol("kIdleSocketValidationTimeout");
    var kSocketUsed = /* @__PURE__ */ Symbol("kSocketUsed");
    var kTypeOfService = /* @__PURE__ */ Symbol("kTypeOfService");
    var extractBody;
    function lazyllhttp() {
      const llhttpWasmData = process.env.JEST_WORKER_ID ? require_llhttp_wasm() : void 0;
      let mod;
      let useWasmSIMD = true;
      if (process.arch === "ppc64") {
        const [major, minor] = process.versions.node.split(".").map((n) => parseInt(n, 10));
        if (major < 24 || major === 24 && minor < 12) {
          useWasmSIMD = false;
        }
      }
      if (process.env.UNDICI_NO_WASM_SIMD === "1") {
        useWasmSIMD = false;
      } else if (process.env.UNDICI_NO_WASM_SIMD === "0") {
        useWasmSIMD = true;
      }
      if (useWasmSIMD) {
        try {
          mod = new WebAssembly.Module(require_llhttp_simd_wasm());
        } catch {
        }
      }
      if (!mod) {
        mod = new WebAssembly.Module(llhttpWasmData || require_llhttp_wasm());
      }
      return new WebAssembly.Instance(mod, {
        env: {
          /**
           * @param {number} p
           * @param {number} at
           * @param {number} len
           * @returns {number}
           */
          wasm_on_url: (p, at, len) => {
            return 0;
          },
          /**
           * @param {number} p
           * @param {number} at
           * @param {number} len
           * @returns {number}
           */
          wasm_on_status: (p, at, len) => {
            assert(currentParser.ptr === p);
            const start = at - currentBufferPtr + currentBufferRef.byteOffset;
            return currentParser.onStatus(new FastBuffer(currentBufferRef.buffer, start, len));
          },
          /**
           * @param {number} p
           * @returns {number}
           */
          wasm_on_message_begin: (p) => {
            assert(currentParser.ptr === p);
            return currentParser.onMessageBegin();
          },
          /**
           * @param {number} p
           * @param {number} at
           * @param {number} len
           * @returns {number}
           */
          wasm_on_header_field: (p, at, len) => {
            assert(currentParser.ptr === p);
            const start = at - currentBufferPtr + currentBufferRef.byteOffset;
            return currentParser.onHeaderField(new FastBuffer(currentBufferRef.buffer, start, len));
          },
          /**
           * @param {number} p
           * @param {number} at
           * @param {number} len
           * @returns {number}
           */
          wasm_on_header_value: (p, at, len) => {
            assert(currentParser.ptr === p);
            const start = at - currentBufferPtr + currentBufferRef.byteOffset;
            return currentParser.onHeaderValue(new FastBuffer(currentBufferRef.buffer, start, len));
          },
          /**
           * @param {number} p
           * @param {number} statusCode
           * @param {0|1} upgrade
           * @param {0|1} shouldKeepAlive
           * @returns {number}
           */
          wasm_on_headers_complete: (p, statusCode, upgrade, shouldKeepAlive) => {
            assert(currentParser.ptr === p);
            return currentParser.onHeadersComplete(statusCode, upgrade === 1, shouldKeepAlive === 1);
          },
          /**
           * @param {number} p
           * @param {number} at
           * @param {number} len
           * @returns {number}
           */
          wasm_on_body: (p, at, len) => {
            assert(currentParser.ptr === p);
            const start = at - currentBufferPtr + currentBufferRef.byteOffset;
            return currentParser.onBody(new FastBuffer(currentBufferRef.buffer, start, len));
          },
          /**
           * @param {number} p
           * @returns {number}
           */
          wasm_on_message_complete: (p) => {
            assert(currentParser.ptr === p);
            return currentParser.onMessageComplete();
          }
        }
      });
    }
    var llhttpInstance = null;
    var currentParser = null;
    var currentBufferRef = null;
    var currentBufferSize = 0;
    var currentBufferPtr = null;
    var USE_NATIVE_TIMER = 0;
    var USE_FAST_TIMER = 1;
    var TIMEOUT_HEADERS = 2 | USE_FAST_TIMER;
    var TIMEOUT_BODY = 4 | USE_FAST_TIMER;
    var TIMEOUT_KEEP_ALIVE = 8 | USE_NATIVE_TIMER;
    var Parser = class {
      /**
         * @param {import('./client.js')} client
         * @param {import('net').Socket} socket
         * @param {*} llhttp
         */
      constructor(client, socket, { exports: exports2 }) {
        this.llhttp = exports2;
        this.ptr = this.llhttp.llhttp_alloc(constants3.TYPE.RESPONSE);
        this.client = client;
        this.socket = socket;
        this.timeout = null;
        this.timeoutWeakRef = new WeakRef(this);
        this.timeoutValue = null;
        this.timeoutType = null;
        this.statusCode = 0;
        this.statusText = "";
        this.upgrade = false;
        this.headers = [];
        this.headersSize = 0;
        this.headersMaxSize = client[kMaxHeadersSize];
        this.shouldKeepAlive = false;
        this.paused = false;
        this.resume = this.resume.bind(this);
        this.bytesRead = 0;
        this.keepAlive = "";
        this.contentLength = "";
        this.connection = "";
        this.maxResponseSize = client[kMaxResponseSize];
      }
      setTimeout(delay, type) {
        if (delay !== this.timeoutValue || type & USE_FAST_TIMER ^ this.timeoutType & USE_FAST_TIMER) {
          if (this.timeout) {
            timers.clearTimeout(this.timeout);
            this.timeout = null;
          }
          if (delay) {
            if (type & USE_FAST_TIMER) {
              this.timeout = timers.setFastTimeout(onParserTimeout, delay, this.timeoutWeakRef);
            } else {
              this.timeout = setTimeout(onParserTimeout, delay, this.timeoutWeakRef);
              this.timeout?.unref();
            }
          }
          this.timeoutValue = delay;
        } else if (this.timeout) {
          if (this.timeout.refresh) {
            this.timeout.refresh();
          }
        }
        this.timeoutType = type;
      }
      resume() {
        if (this.socket.destroyed || !this.paused) {
          return;
        }
        assert(this.ptr != null);
        assert(currentParser === null);
        this.llhttp.llhttp_resume(this.ptr);
        assert(this.timeoutType === TIMEOUT_BODY);
        if (this.timeout) {
          if (this.timeout.refresh) {
            this.timeout.refresh();
          }
        }
        this.paused = false;
        this.execute(this.socket.read() || EMPTY_BUF);
        this.readMore();
      }
      readMore() {
        while (!this.paused && this.ptr) {
          const chunk = this.socket.read();
          if (chunk === null) {
            break;
          }
          this.execute(chunk);
        }
      }
      /**
       * @param {Buffer} chunk
       */
      execute(chunk) {
        assert(currentParser === null);
        assert(this.ptr != null);
        assert(!this.paused);
        const { socket, llhttp } = this;
        if (chunk.length > currentBufferSize) {
          if (currentBufferPtr) {
            llhttp.free(currentBufferPtr);
          }
          currentBufferSize = Math.ceil(chunk.length / 4096) * 4096;
          currentBufferPtr = llhttp.malloc(currentBufferSize);
        }
        new Uint8Array(llhttp.memory.buffer, currentBufferPtr, currentBufferSize).set(chunk);
        try {
          let ret;
          try {
            currentBufferRef = chunk;
            currentParser = this;
            ret = llhttp.llhttp_execute(this.ptr, currentBufferPtr, chunk.length);
          } finally {
            currentParser = null;
            currentBufferRef = null;
          }
          if (ret !== constants3.ERROR.OK) {
            const data = chunk.subarray(llhttp.llhttp_get_error_pos(this.ptr) - currentBufferPtr);
            if (ret === constants3.ERROR.PAUSED_UPGRADE) {
              this.onUpgrade(data);
            } else if (ret === constants3.ERROR.PAUSED) {
              this.paused = true;
              socket.unshift(data);
            } else {
              throw this.createError(ret, data);
            }
          }
        } catch (err) {
          util.destroy(socket, err);
        }
      }
      finish() {
        assert(currentParser === null);
        assert(this.ptr != null);
        assert(!this.paused);
        const { llhttp } = this;
        let ret;
        try {
          currentParser = this;
          ret = llhttp.llhttp_finish(this.ptr);
        } finally {
          currentParser = null;
        }
        if (ret === constants3.ERROR.OK) {
          return null;
        }
        if (ret === constants3.ERROR.PAUSED || ret === constants3.ERROR.PAUSED_UPGRADE) {
          this.paused = true;
          return null;
        }
        return this.createError(ret, EMPTY_BUF);
      }
      createError(ret, data) {
        const { llhttp, contentLength, bytesRead } = this;
        if (contentLength && bytesRead !== parseInt(contentLength, 10)) {
          return new ResponseContentLengthMismatchError();
        }
        const ptr = llhttp.llhttp_get_error_reason(this.ptr);
        let message2 = "";
        if (ptr) {
          const len = new Uint8Array(llhttp.memory.buffer, ptr).indexOf(0);
          message2 = "Response does not match the HTTP/1.1 protocol (" + Buffer.from(llhttp.memory.buffer, ptr, len).toString() + ")";
        }
        return new HTTPParserError(message2, constants3.ERROR[ret], data);
      }
      destroy() {
        assert(currentParser === null);
        assert(this.ptr != null);
        this.llhttp.llhttp_free(this.ptr);
        this.ptr = null;
        this.timeout && timers.clearTimeout(this.timeout);
        this.timeout = null;
        this.timeoutValue = null;
        this.timeoutType = null;
        this.paused = false;
      }
      /**
       * @param {Buffer} buf
       * @returns {0}
       */
      onStatus(buf) {
        this.statusText = buf.toString();
        return 0;
      }
      /**
       * @returns {0|-1}
       */
      onMessageBegin() {
        const { socket, client } = this;
        if (socket.destroyed) {
          return -1;
        }
        if (client[kRunning] === 0) {
          util.destroy(socket, new SocketError("bad response", util.getSocketInfo(socket)));
          return -1;
        }
        const request = client[kQueue][client[kRunningIdx]];
        if (!request) {
          return -1;
        }
        request.onResponseStarted();
        return 0;
      }
      /**
       * @param {Buffer} buf
       * @returns {number}
       */
      onHeaderField(buf) {
        const len = this.headers.length;
        if ((len & 1) === 0) {
          this.headers.push(buf);
        } else {
          this.headers[len - 1] = Buffer.concat([this.headers[len - 1], buf]);
        }
        this.trackHeader(buf.length);
        return 0;
      }
      /**
       * @param {Buffer} buf
       * @returns {number}
       */
      onHeaderValue(buf) {
        let len = this.headers.length;
        if ((len & 1) === 1) {
          this.headers.push(buf);
          len += 1;
        } else {
          this.headers[len - 1] = Buffer.concat([this.headers[len - 1], buf]);
        }
        const key2 = this.headers[len - 2];
        if (key2.length === 10) {
          const headerName = util.bufferToLowerCasedHeaderName(key2);
          if (headerName === "keep-alive") {
            this.keepAlive += buf.toString();
          } else if (headerName === "connection") {
            this.connection += buf.toString();
          }
        } else if (key2.length === 14 && util.bufferToLowerCasedHeaderName(key2) === "content-length") {
          this.contentLength += buf.toString();
        }
        this.trackHeader(buf.length);
        return 0;
      }
      /**
       * @param {number} len
       */
      trackHeader(len) {
        this.headersSize += len;
        if (this.headersSize >= this.headersMaxSize) {
          util.destroy(this.socket, new HeadersOverflowError());
        }
      }
      /**
       * @param {Buffer} head
       */
      onUpgrade(head2) {
        const { upgrade, client, socket, headers, statusCode, statusText } = this;
        assert(upgrade);
        assert(client[kSocket] === socket);
        assert(!socket.destroyed);
        assert(!this.paused);
        assert((headers.length & 1) === 0);
        const request = client[kQueue][client[kRunningIdx]];
        assert(request);
        assert(request.upgrade || request.method === "CONNECT");
        this.statusCode = 0;
        this.statusText = "";
        this.shouldKeepAlive = false;
        this.headers = [];
        this.headersSize = 0;
        socket.unshift(head2);
        socket[kParser].destroy();
        socket[kParser] = null;
        socket[kClient] = null;
        socket[kError] = null;
        removeAllListeners(socket);
        client[kSocket] = null;
        client[kHTTPContext] = null;
        client[kQueue][client[kRunningIdx]++] = null;
        client.emit("disconnect", client[kUrl], [client], new InformationalError("upgrade"));
        try {
          request.onUpgrade(statusCode, headers, socket, statusText);
        } catch (err) {
          util.errorRequest(client, request, err);
          util.destroy(socket, err);
        }
        client[kResume]();
      }
      /**
       * @param {number} statusCode
       * @param {boolean} upgrade
       * @param {boolean} shouldKeepAlive
       * @returns {number}
       */
      onHeadersComplete(statusCode, upgrade, shouldKeepAlive) {
        const { client, socket, headers, statusText } = this;
        if (socket.destroyed) {
          return -1;
        }
        if (client[kRunning] === 0) {
          util.destroy(socket, new SocketError("bad response", util.getSocketInfo(socket)));
          return -1;
        }
        const request = client[kQueue][client[kRunningIdx]];
        if (!request) {
          return -1;
        }
        assert(!this.upgrade);
        assert(this.statusCode < 200);
        if (statusCode === 100) {
          util.destroy(socket, new SocketError("bad response", util.getSocketInfo(socket)));
          return -1;
        }
        if (upgrade && !request.upgrade) {
          util.destroy(socket, new SocketError("bad upgrade", util.getSocketInfo(socket)));
          return -1;
        }
        assert(this.timeoutType === TIMEOUT_HEADERS);
        this.statusCode = statusCode;
        this.shouldKeepAlive = shouldKeepAlive || // Override llhttp value which does not allow keepAlive for HEAD.
        request.method === "HEAD" && !socket[kReset] && this.connection.toLowerCase() === "keep-alive";
        if (this.statusCode >= 200) {
          const bodyTimeout = request.bodyTimeout != null ? request.bodyTimeout : client[kBodyTimeout];
          this.setTimeout(bodyTimeout, TIMEOUT_BODY);
        } else if (this.timeout) {
          if (this.timeout.refresh) {
            this.timeout.refresh();
          }
        }
        if (request.method === "CONNECT") {
          assert(client[kRunning] === 1);
          this.upgrade = true;
          return 2;
        }
        if (upgrade) {
          assert(client[kRunning] === 1);
          this.upgrade = true;
          return 2;
        }
        assert((this.headers.length & 1) === 0);
        this.headers = [];
        this.headersSize = 0;
        if (this.shouldKeepAlive && client[kPipelining]) {
          const keepAliveTimeout = this.keepAlive ? util.parseKeepAliveTimeout(this.keepAlive) : null;
          if (keepAliveTimeout != null) {
            const timeout = Math.min(
              keepAliveTimeout - client[kKeepAliveTimeoutThreshold],
              client[kKeepAliveMaxTimeout]
            );
            if (timeout <= 0) {
              socket[kReset] = true;
            } else {
              client[kKeepAliveTimeoutValue] = timeout;
            }
          } else {
            client[kKeepAliveTimeoutValue] = client[kKeepAliveDefaultTimeout];
          }
        } else {
          socket[kReset] = true;
        }
        const pause = request.onHeaders(statusCode, headers, this.resume, statusText) === false;
        if (request.aborted) {
          return -1;
        }
        if (request.method === "HEAD") {
          return 1;
        }
        if (statusCode < 200) {
          return 1;
        }
        if (socket[kBlocking]) {
          socket[kBlocking] = false;
          client[kResume]();
        }
        return pause ? constants3.ERROR.PAUSED : 0;
      }
      /**
       * @param {Buffer} buf
       * @returns {number}
       */
      onBody(buf) {
        const { client, socket, statusCode, maxResponseSize } = this;
        if (socket.destroyed) {
          return -1;
        }
        const request = client[kQueue][client[kRunningIdx]];
        assert(request);
        assert(this.timeoutType === TIMEOUT_BODY);
        if (this.timeout) {
          if (this.timeout.refresh) {
            this.timeout.refresh();
          }
        }
        assert(statusCode >= 200);
        if (maxResponseSize > -1 && this.bytesRead + buf.length > maxResponseSize) {
          util.destroy(socket, new ResponseExceededMaxSizeError());
          return -1;
        }
        this.bytesRead += buf.length;
        if (request.onData(buf) === false) {
          return constants3.ERROR.PAUSED;
        }
        return 0;
      }
      /**
       * @returns {number}
       */
      onMessageComplete() {
        const { client, socket, statusCode, upgrade, headers, contentLength, bytesRead, shouldKeepAlive } = this;
        if (socket.destroyed && (!statusCode || shouldKeepAlive)) {
          return -1;
        }
        if (upgrade) {
          return 0;
        }
        assert(statusCode >= 100);
        assert((this.headers.length & 1) === 0);
        const request = client[kQueue][client[kRunningIdx]];
        assert(request);
        this.statusCode = 0;
        this.statusText = "";
        this.bytesRead = 0;
        this.contentLength = "";
        this.keepAlive = "";
        this.connection = "";
        this.headers = [];
        this.headersSize = 0;
        if (statusCode < 200) {
          return 0;
        }
        if (request.method !== "HEAD" && contentLength && bytesRead !== parseInt(contentLength, 10)) {
          util.destroy(socket, new ResponseContentLengthMismatchError());
          return -1;
        }
        request.onComplete(headers);
        client[kQueue][client[kRunningIdx]++] = null;
        socket[kSocketUsed] = client[kPending] === 0;
        if (socket[kWriting]) {
          assert(client[kRunning] === 0);
          util.destroy(socket, new InformationalError("reset"));
          return constants3.ERROR.PAUSED;
        } else if (!shouldKeepAlive) {
          util.destroy(socket, new InformationalError("reset"));
          return constants3.ERROR.PAUSED;
        } else if (socket[kReset] && client[kRunning] === 0) {
          util.destroy(socket, new InformationalError("reset"));
          return constants3.ERROR.PAUSED;
        } else if (client[kPipelining] == null || client[kPipelining] === 1) {
          setImmediate(client[kResume]);
        } else {
          client[kResume]();
        }
        return 0;
      }
    };
    function onParserTimeout(parserWeakRef) {
      const parser = parserWeakRef.deref();
      if (!parser) {
        return;
      }
      const { socket, timeoutType, client, paused } = parser;
      if (timeoutType === TIMEOUT_HEADERS) {
        if (!socket[kWriting] || socket.writableNeedDrain || client[kRunning] > 1) {
          assert(!paused, "cannot be paused while waiting for headers");
          util.destroy(socket, new HeadersTimeoutError());
        }
      } else if (timeoutType === TIMEOUT_BODY) {
        if (!paused) {
          util.destroy(socket, new BodyTimeoutError());
        }
      } else if (timeoutType === TIMEOUT_KEEP_ALIVE) {
        assert(client[kRunning] === 0 && client[kKeepAliveTimeoutValue]);
        util.destroy(socket, new InformationalError("socket idle timeout"));
      }
    }
    function connectH1(client, socket) {
      client[kSocket] = socket;
      if (!llhttpInstance) {
        llhttpInstance = lazyllhttp();
      }
      if (socket.errored) {
        throw socket.errored;
      }
      if (socket.destroyed) {
        throw new SocketError("destroyed");
      }
      socket[kNoRef] = false;
      socket[kWriting] = false;
      socket[kReset] = false;
      socket[kBlocking] = false;
      socket[kIdleSocketValidation] = 0;
      socket[kIdleSocketValidationTimeout] = null;
      socket[kSocketUsed] = false;
      socket[kParser] = new Parser(client, socket, llhttpInstance);
      util.addListener(socket, "error", onHttpSocketError);
      util.addListener(socket, "readable", onHttpSocketReadable);
      util.addListener(socket, "end", onHttpSocketEnd);
      util.addListener(socket, "close", onHttpSocketClose);
      socket[kClosed] = false;
      socket.on("close", onSocketClose);
      return {
        version: "h1",
        defaultPipelining: 1,
        write(request) {
          return writeH1(client, request);
        },
        resume() {
          resumeH1(client);
        },
        /**
         * @param {Error|undefined} err
         * @param {() => void} callback
         */
        destroy(err, callback) {
          if (socket[kClosed]) {
            queueMicrotask(callback);
          } else {
            socket.on("close", callback);
            socket.destroy(err);
          }
        },
        /**
         * @returns {boolean}
         */
        get destroyed() {
          return socket.destroyed;
        },
        /**
         * @param {import('../core/request.js')} request
         * @returns {boolean}
         */
        busy(request) {
          if (socket[kWriting] || socket[kReset] || socket[kBlocking] || socket[kIdleSocketValidation] === 1) {
            return true;
          }
          if (request) {
            if (client[kRunning] > 0 && !request.idempotent) {
              return true;
            }
            if (client[kRunning] > 0 && (request.upgrade || request.method === "CONNECT")) {
              return true;
            }
            if (client[kRunning] > 0 && util.bodyLength(request.body) !== 0 && (util.isStream(request.body) || util.isAsyncIterable(request.body) || util.isFormDataLike(request.body))) {
              return true;
            }
          }
          return false;
        }
      };
    }
    function onHttpSocketError(err) {
      const parser = this[kParser];
      if (err.code === "ECONNRESET" && parser.statusCode && !parser.shouldKeepAlive) {
        const parserErr = parser.finish();
        if (parserErr) {
          this[kError] = parserErr;
          this[kClient][kOnError](parserErr);
        }
        return;
      }
      this[kError] = err;
      this[kClient][kOnError](err);
    }
    function onHttpSocketReadable() {
      this[kParser]?.readMore();
    }
    function onHttpSocketEnd() {
      const parser = this[kParser];
      if (parser.statusCode && !parser.shouldKeepAlive) {
        const parserErr = parser.finish();
        if (parserErr) {
          util.destroy(this, parserErr);
        }
        return;
      }
      util.destroy(this, new SocketError("other side closed", util.getSocketInfo(this)));
    }
    function onHttpSocketClose() {
      const parser = this[kParser];
      clearIdleSocketValidation(this);
      if (parser) {
        if (!this[kError] && parser.statusCode && !parser.shouldKeepAlive) {
          this[kError] = parser.finish() || this[kError];
        }
        this[kParser].destroy();
        this[kParser] = null;
      }
      const err = this[kError] || new SocketError("closed", util.getSocketInfo(this));
      const client = this[kClient];
      client[kSocket] = null;
      client[kHTTPContext] = null;
      if (client.destroyed) {
        assert(client[kPending] === 0);
        const requests = client[kQueue].splice(client[kRunningIdx]);
        for (let i = 0; i < requests.length; i++) {
          const request = requests[i];
          util.errorRequest(client, request, err);
        }
      } else if (client[kRunning] > 0 && err.code !== "UND_ERR_INFO") {
        const request = client[kQueue][client[kRunningIdx]];
        client[kQueue][client[kRunningIdx]++] = null;
        util.errorRequest(client, request, err);
      }
      client[kPendingIdx] = client[kRunningIdx];
      assert(client[kRunning] === 0);
      client.emit("disconnect", client[kUrl], [client], err);
      client[kResume]();
    }
    function onSocketClose() {
      this[kClosed] = true;
    }
    function clearIdleSocketValidation(socket) {
      if (socket[kIdleSocketValidationTimeout]) {
        clearImmediate(socket[kIdleSocketValidationTimeout]);
        socket[kIdleSocketValidationTimeout] = null;
      }
      socket[kIdleSocketValidation] = 0;
    }
    function scheduleIdleSocketValidation(client, socket) {
      socket[kIdleSocketValidation] = 1;
      socket[kIdleSocketValidationTimeout] = setImmediate(() => {
        socket[kIdleSocketValidationTimeout] = null;
        socket[kIdleSocketValidation] = 2;
        if (client[kSocket] === socket && !socket.destroyed) {
          client[kResume]();
        }
      });
    }
    function resumeH1(client) {
      const socket = client[kSocket];
      if (socket && !socket.destroyed) {
        if (client[kSize] === 0) {
          if (!socket[kNoRef] && socket.unref) {
            socket.unref();
            socket[kNoRef] = true;
          }
        } else if (socket[kNoRef] && socket.ref) {
          socket.ref();
          socket[kNoRef] = false;
        }
        if (client[kRunning] === 0 && client[kPending] > 0 && socket[kSocketUsed]) {
          if (socket[kIdleSocketValidation] === 0) {
            scheduleIdleSocketValidation(client, socket);
            socket[kParser].readMore();
            if (socket.destroyed) {
              return;
            }
            return;
          }
          if (socket[kIdleSocketValidation] === 1) {
            socket[kParser].readMore();
            if (socket.destroyed) {
              return;
            }
            return;
          }
        }
        if (client[kRunning] === 0) {
          socket[kParser].readMore();
          if (socket.destroyed) {
            return;
          }
        }
        if (client[kSize] === 0) {
          if (socket[kParser].timeoutType !== TIMEOUT_KEEP_ALIVE) {
            socket[kParser].setTimeout(client[kKeepAliveTimeoutValue], TIMEOUT_KEEP_ALIVE);
          }
        } else if (client[kRunning] > 0 && socket[kParser].statusCode < 200) {
          if (socket[kParser].timeoutType !== TIMEOUT_HEADERS) {
            const request = client[kQueue][client[kRunningIdx]];
            const headersTimeout = request.headersTimeout != null ? request.headersTimeout : client[kHeadersTimeout];
            socket[kParser].setTimeout(headersTimeout, TIMEOUT_HEADERS);
          }
        }
      }
    }
    function shouldSendContentLength(method) {
      return method !== "GET" && method !== "HEAD" && method !== "OPTIONS" && method !== "TRACE" && method !== "CONNECT";
    }
    function setTypeOfService(socket, request) {
      if (typeof socket.setTypeOfService !== "function") {
        return;
      }
      const typeOfService = request.typeOfService;
      if (typeOfService === void 0) {
        return;
      }
      const currentTypeOfService = socket[kTypeOfService];
      if (currentTypeOfService === typeOfService) {
        return;
      }
      try {
        socket.setTypeOfService(typeOfService);
        socket[kTypeOfService] = typeOfService;
      } catch {
      }
    }
    function writeH1(client, request) {
      const { method, path, host, upgrade, blocking, reset } = request;
      let { body, headers, contentLength } = request;
      const expectsPayload = method === "PUT" || method === "POST" || method === "PATCH" || method === "QUERY" || method === "PROPFIND" || method === "PROPPATCH";
      if (util.isFormDataLike(body)) {
        if (!extractBody) {
          extractBody = require_body().extractBody;
        }
        const [bodyStream, contentType] = extractBody(body);
        if (request.contentType == null) {
          headers.push("content-type", contentType);
        }
        body = bodyStream.stream;
        contentLength = bodyStream.length;
      } else if (util.isBlobLike(body) && request.contentType == null) {
        const contentType = body.type;
        if (contentType) {
          const contentTypeValue = `${contentType}`;
          if (!util.isValidHeaderValue(contentTypeValue)) {
            util.errorRequest(client, request, new InvalidArgumentError("invalid content-type header"));
            return false;
          }
          headers.push("content-type", contentTypeValue);
        }
      }
      if (body && typeof body.read === "function") {
        body.read(0);
      }
      const bodyLength = util.bodyLength(body);
      contentLength = bodyLength ?? contentLength;
      if (contentLength === null) {
        contentLength = request.contentLength;
      }
      if (contentLength === 0 && !expectsPayload) {
        contentLength = null;
      }
      if (shouldSendContentLength(method) && contentLength > 0 && request.contentLength !== null && request.contentLength !== contentLength) {
        if (client[kStrictContentLength]) {
          util.errorRequest(client, request, new RequestContentLengthMismatchError());
          return false;
        }
        process.emitWarning(new RequestContentLengthMismatchError());
      }
      const socket = client[kSocket];
      clearIdleSocketValidation(socket);
      const abort = (err) => {
        if (request.aborted || request.completed) {
          return;
        }
        util.errorRequest(client, request, err || new RequestAbortedError());
        util.destroy(body);
        util.destroy(socket, new InformationalError("aborted"));
      };
      try {
        request.onConnect(abort);
      } catch (err) {
        util.errorRequest(client, request, err);
      }
      if (request.aborted) {
        return false;
      }
      if (method === "HEAD") {
        socket[kReset] = true;
      }
      if (upgrade || method === "CONNECT") {
        socket[kReset] = true;
      }
      if (reset != null) {
        socket[kReset] = reset;
      }
      if (client[kMaxRequests] && socket[kCounter]++ >= client[kMaxRequests]) {
        socket[kReset] = true;
      }
      if (blocking) {
        socket[kBlocking] = true;
      }
      setTypeOfService(socket, request);
      let header = `${method} ${path} HTTP/1.1\r
`;
      if (typeof host === "string") {
        header += `host: ${host}\r
`;
      } else {
        header += client[kHostHeader];
      }
      if (upgrade) {
        header += `connection: upgrade\r
upgrade: ${upgrade}\r
`;
      } else if (client[kPipelining] && !socket[kReset]) {
        header += "connection: keep-alive\r\n";
      } else {
        header += "connection: close\r\n";
      }
      if (Array.isArray(headers)) {
        for (let n = 0; n < headers.length; n += 2) {
          const key2 = headers[n + 0];
          const val = headers[n + 1];
          if (Array.isArray(val)) {
            for (let i = 0; i < val.length; i++) {
              header += `${key2}: ${val[i]}\r
`;
            }
          } else {
            header += `${key2}: ${val}\r
`;
          }
        }
      }
      if (channels.sendHeaders.hasSubscribers) {
        channels.sendHeaders.publish({ request, headers: header, socket });
      }
      if (!body || bodyLength === 0) {
        writeBuffer(abort, null, client, request, socket, contentLength, header, expectsPayload);
      } else if (util.isBuffer(body)) {
        writeBuffer(abort, body, client, request, socket, contentLength, header, expectsPayload);
      } else if (util.isBlobLike(body)) {
        if (typeof body.stream === "function") {
          writeIterable(abort, body.stream(), client, request, socket, contentLength, header, expectsPayload);
        } else {
          writeBlob(abort, body, client, request, socket, contentLength, header, expectsPayload);
        }
      } else if (util.isStream(body)) {
        writeStream(abort, body, client, request, socket, contentLength, header, expectsPayload);
      } else if (util.isIterable(body)) {
        writeIterable(abort, body, client, request, socket, contentLength, header, expectsPayload);
      } else {
        assert(false);
      }
      return true;
    }
    function writeStream(abort, body, client, request, socket, contentLength, header, expectsPayload) {
      assert(contentLength !== 0 || client[kRunning] === 0, "stream body cannot be pipelined");
      let finished4 = false;
      const writer = new AsyncWriter({ abort, socket, request, contentLength, client, expectsPayload, header });
      const onData = function(chunk) {
        if (finished4) {
          return;
        }
        try {
          if (!writer.write(chunk) && this.pause) {
            this.pause();
          }
        } catch (err) {
          util.destroy(this, err);
        }
      };
      const onDrain = function() {
        if (finished4) {
          return;
        }
        if (body.resume) {
          body.resume();
        }
      };
      const onClose = function() {
        queueMicrotask(() => {
          body.removeListener("error", onFinished);
        });
        if (!finished4) {
          const err = new RequestAbortedError();
          queueMicrotask(() => onFinished(err));
        }
      };
      const onFinished = function(err) {
        if (finished4) {
          return;
        }
        finished4 = true;
        assert(socket.destroyed || socket[kWriting] && client[kRunning] <= 1);
        socket.off("drain", onDrain).off("error", onFinished);
        body.removeListener("data", onData).removeListener("end", onFinished).removeListener("close", onClose);
        if (!err) {
          try {
            writer.end();
          } catch (er) {
            err = er;
          }
        }
        writer.destroy(err);
        if (err && (err.code !== "UND_ERR_INFO" || err.message !== "reset")) {
          util.destroy(body, err);
        } else {
          util.destroy(body);
        }
      };
      body.on("data", onData).on("end", onFinished).on("error", onFinished).on("close", onClose);
      if (body.resume) {
        body.resume();
      }
      socket.on("drain", onDrain).on("error", onFinished);
      if (body.errorEmitted ?? body.errored) {
        setImmediate(onFinished, body.errored);
      } else if (body.endEmitted ?? body.readableEnded) {
        setImmediate(onFinished, null);
      }
      if (body.closeEmitted ?? body.closed) {
        setImmediate(onClose);
      }
    }
    function writeBuffer(abort, body, client, request, socket, contentLength, header, expectsPayload) {
      try {
        if (!body) {
          if (contentLength === 0) {
            socket.write(`${header}content-length: 0\r
\r
`, "latin1");
          } else {
            assert(contentLength === null, "no body must not have content length");
            socket.write(`${header}\r
`, "latin1");
          }
        } else if (util.isBuffer(body)) {
          assert(contentLength === body.byteLength, "buffer body must have content length");
          socket.cork();
          socket.write(`${header}content-length: ${contentLength}\r
\r
`, "latin1");
          socket.write(body);
          socket.uncork();
          request.onBodySent(body);
          if (!expectsPayload && request.reset !== false) {
            socket[kReset] = true;
          }
        }
        request.onRequestSent();
        client[kResume]();
      } catch (err) {
        abort(err);
      }
    }
    async function writeBlob(abort, body, client, request, socket, contentLength, header, expectsPayload) {
      assert(contentLength === body.size, "blob body must have content length");
      try {
        if (contentLength != null && contentLength !== body.size) {
          throw new RequestContentLengthMismatchError();
        }
        const buffer = Buffer.from(await body.arrayBuffer());
        socket.cork();
        socket.write(`${header}content-length: ${contentLength}\r
\r
`, "latin1");
        socket.write(buffer);
        socket.uncork();
        request.onBodySent(buffer);
        request.onRequestSent();
        if (!expectsPayload && request.reset !== false) {
          socket[kReset] = true;
        }
        client[kResume]();
      } catch (err) {
        abort(err);
      }
    }
    async function writeIterable(abort, body, client, request, socket, contentLength, header, expectsPayload) {
      assert(contentLength !== 0 || client[kRunning] === 0, "iterator body cannot be pipelined");
      let callback = null;
      function onDrain() {
        if (callback) {
          const cb = callback;
          callback = null;
          cb();
        }
      }
      const waitForDrain = () => new Promise((resolve3, reject) => {
        assert(callback === null);
        if (socket[kError]) {
          reject(socket[kError]);
        } else {
          callback = resolve3;
        }
      });
      socket.on("close", onDrain).on("drain", onDrain);
      const writer = new AsyncWriter({ abort, socket, request, contentLength, client, expectsPayload, header });
      try {
        for await (const chunk of body) {
          if (socket[kError]) {
            throw socket[kError];
          }
          if (!writer.write(chunk)) {
            await waitForDrain();
          }
        }
        writer.end();
      } catch (err) {
        writer.destroy(err);
      } finally {
        socket.off("close", onDrain).off("drain", onDrain);
      }
    }
    var AsyncWriter = class {
      /**
       *
       * @param {object} arg
       * @param {AbortCallback} arg.abort
       * @param {import('net').Socket} arg.socket
       * @param {import('../core/request.js')} arg.request
       * @param {number} arg.contentLength
       * @param {import('./client.js')} arg.client
       * @param {boolean} arg.expectsPayload
       * @param {string} arg.header
       */
      constructor({ abort, socket, request, contentLength, client, expectsPayload, header }) {
        this.socket = socket;
        this.request = request;
        this.contentLength = contentLength;
        this.client = client;
        this.bytesWritten = 0;
        this.expectsPayload = expectsPayload;
        this.header = header;
        this.abort = abort;
        socket[kWriting] = true;
      }
      /**
       * @param {Buffer} chunk
       * @returns
       */
      write(chunk) {
        const { socket, request, contentLength, client, bytesWritten, expectsPayload, header } = this;
        if (socket[kError]) {
          throw socket[kError];
        }
        if (socket.destroyed) {
          return false;
        }
        const len = Buffer.byteLength(chunk);
        if (!len) {
          return true;
        }
        if (contentLength !== null && bytesWritten + len > contentLength) {
          if (client[kStrictContentLength]) {
            throw new RequestContentLengthMismatchError();
          }
          process.emitWarning(new RequestContentLengthMismatchError());
        }
        socket.cork();
        if (bytesWritten === 0) {
          if (!expectsPayload && request.reset !== false) {
            socket[kReset] = true;
          }
          if (contentLength === null) {
            socket.write(`${header}transfer-encoding: chunked\r
`, "latin1");
          } else {
            socket.write(`${header}content-length: ${contentLength}\r
\r
`, "latin1");
          }
        }
        if (contentLength === null) {
          socket.write(`\r
${len.toString(16)}\r
`, "latin1");
        }
        this.bytesWritten += len;
        const ret = socket.write(chunk);
        socket.uncork();
        request.onBodySent(chunk);
        if (!ret) {
          if (socket[kParser].timeout && socket[kParser].timeoutType === TIMEOUT_HEADERS) {
            if (socket[kParser].timeout.refresh) {
              socket[kParser].timeout.refresh();
            }
          }
        }
        return ret;
      }
      /**
       * @returns {void}
       */
      end() {
        const { socket, contentLength, client, bytesWritten, expectsPayload, header, request } = this;
        request.onRequestSent();
        socket[kWriting] = false;
        if (socket[kError]) {
          throw socket[kError];
        }
        if (socket.destroyed) {
          return;
        }
        if (bytesWritten === 0) {
          if (expectsPayload) {
            socket.write(`${header}content-length: 0\r
\r
`, "latin1");
          } else {
            socket.write(`${header}\r
`, "latin1");
          }
        } else if (contentLength === null) {
          socket.write("\r\n0\r\n\r\n", "latin1");
        }
        if (contentLength !== null && bytesWritten !== contentLength) {
          if (client[kStrictContentLength]) {
            throw new RequestContentLengthMismatchError();
          } else {
            process.emitWarning(new RequestContentLengthMismatchError());
          }
        }
        if (socket[kParser].timeout && socket[kParser].timeoutType === TIMEOUT_HEADERS) {
          if (socket[kParser].timeout.refresh) {
            socket[kParser].timeout.refresh();
          }
        }
        client[kResume]();
      }
      /**
       * @param {Error} [err]
       * @returns {void}
       */
      destroy(err) {
        const { socket, client, abort } = this;
        socket[kWriting] = false;
        if (err) {
          assert(client[kRunning] <= 1, "pipeline should only contain this request");
          abort(err);
        }
      }
    };
    module.exports = connectH1;
  }
});

// node_modules/undici/lib/dispatcher/client-h2.js
var require_client_h2 = __commonJS({
  "node_modules/undici/lib/dispatcher/client-h2.js"(exports, module) {
    "use strict";
    var assert = __require("node:assert");
    var { pipeline: pipeline12 } = __require("node:stream");
    var util = require_util();
    var {
      RequestContentLengthMismatchError,
      RequestAbortedError,
      SocketError,
      InformationalError,
      InvalidArgumentError,
      HeadersTimeoutError,
      BodyTimeoutError
    } = require_errors();
    var {
      kUrl,
      kReset,
      kClient,
      kRunning,
      kPending,
      kQueue,
      kPendingIdx,
      kRunningIdx,
      kError,
      kSocket,
      kStrictContentLength,
      kOnError,
      kMaxConcurrentStreams,
      kPingInterval,
      kHTTP2Session,
      kHTTP2InitialWindowSize,
      kHTTP2ConnectionWindowSize,
      kResume,
      kSize,
      kHTTPContext,
      kClosed,
      kBodyTimeout,
      kHeadersTimeout,
      kEnableConnectProtocol,
      kRemoteSettings,
      kHTTP2Stream,
      kHTTP2SessionState
    } = require_symbols();
    var { channels } = require_diagnostics();
    var kOpenStreams = /* @__PURE__ */ Symbol("open streams");
    var extractBody;
    var http2;
    try {
      http2 = __require("node:http2");
    } catch {
      http2 = { constants: {} };
    }
    var {
      constants: {
        HTTP2_HEADER_AUTHORITY,
        HTTP2_HEADER_METHOD,
        HTTP2_HEADER_PATH,
        HTTP2_HEADER_SCHEME,
        HTTP2_HEADER_CONTENT_LENGTH,
        HTTP2_HEADER_EXPECT,
        HTTP2_HEADER_STATUS,
        HTTP2_HEADER_PROTOCOL,
        NGHTTP2_REFUSED_STREAM,
        NGHTTP2_CANCEL
      }
    } = http2;
    function parseH2Headers(headers) {
      const result = [];
      for (const [name, value] of Object.entries(headers)) {
        if (Array.isArray(value)) {
          for (const subvalue of value) {
            result.push(Buffer.from(name), Buffer.from(subvalue));
          }
        } else {
          result.push(Buffer.from(name), Buffer.from(value));
        }
      }
      return result;
    }
    function connectH2(client, socket) {
      client[kSocket] = socket;
      const http2InitialWindowSize = client[kHTTP2InitialWindowSize];
      const http2ConnectionWindowSize = client[kHTTP2ConnectionWindowSize];
      const session = http2.connect(client[kUrl], {
        createConnection: () => socket,
        peerMaxConcurrentStreams: client[kMaxConcurrentStreams],
        settings: {
          // TODO(metcoder95): add support for PUSH
          enablePush: false,
          ...http2InitialWindowSize != null ? { initialWindowSize: http2InitialWindowSize } : null
        }
      });
      client[kSocket] = socket;
      session[kOpenStreams] = 0;
      session[kClient] = client;
      session[kSocket] = socket;
      session[kHTTP2SessionState] = {
        ping: {
          interval: client[kPingInterval] === 0 ? null : setInterval(onHttp2SendPing, client[kPingInterval], session).unref()
        }
      };
      session[kEnableConnectProtocol] = false;
      session[kRemoteSettings] = false;
      if (http2ConnectionWindowSize) {
        util.addListener(session, "connect", applyConnectionWindowSize.bind(session, http2ConnectionWindowSize));
      }
      util.addListener(session, "error", onHttp2SessionError);
      util.addListener(session, "frameError", onHttp2FrameError);
      util.addListener(session, "end", onHttp2SessionEnd);
      util.addListener(session, "goaway", onHttp2SessionGoAway);
      util.addListener(session, "close", onHttp2SessionClose);
      util.addListener(session, "remoteSettings", onHttp2RemoteSettings);
      session.unref();
      client[kHTTP2Session] = session;
      socket[kHTTP2Session] = session;
      util.addListener(socket, "error", onHttp2SocketError);
      util.addListener(socket, "end", onHttp2SocketEnd);
      util.addListener(socket, "close", onHttp2SocketClose);
      socket[kClosed] = false;
      socket.on("close", onSocketClose);
      return {
        version: "h2",
        defaultPipelining: Infinity,
        /**
         * @param {import('../core/request.js')} request
         * @returns {boolean}
        */
        write(request) {
          return writeH2(client, request);
        },
        /**
         * @returns {void}
         */
        resume() {
          resumeH2(client);
        },
        /**
         * @param {Error | null} err
         * @param {() => void} callback
         */
        destroy(err, callback) {
          if (socket[kClosed]) {
            queueMicrotask(callback);
          } else {
            socket.destroy(err).on("close", callback);
          }
        },
        /**
         * @type {boolean}
         */
        get destroyed() {
          return socket.destroyed;
        },
        /**
         * @param {import('../core/request.js')} request
         * @returns {boolean}
        */
        busy(request) {
          if (request != null) {
            if (client[kRunning] > 0) {
              if (request.idempotent === false) return true;
              if ((request.upgrade === "websocket" || request.method === "CONNECT") && session[kRemoteSettings] === false) return true;
              if (util.bodyLength(request.body) !== 0 && (util.isStream(request.body) || util.isAsyncIterable(request.body) || util.isFormDataLike(request.body))) return true;
            } else {
              return (request.upgrade === "websocket" || request.method === "CONNECT") && session[kRemoteSettings] === false;
            }
          }
          return false;
        }
      };
    }
    function resumeH2(client) {
      const socket = client[kSocket];
      if (socket?.destroyed === false) {
        if (client[kSize] === 0) {
          socket.unref();
          client[kHTTP2Session].unref();
        } else {
          socket.ref();
          client[kHTTP2Session].ref();
        }
      }
    }
    function applyConnectionWindowSize(connectionWindowSize) {
      try {
        if (typeof this.setLocalWindowSize === "function") {
          this.setLocalWindowSize(connectionWindowSize);
        }
      } catch {
      }
    }
    function onHttp2RemoteSettings(settings) {
      this[kClient][kMaxConcurrentStreams] = settings.maxConcurrentStreams ?? this[kClient][kMaxConcurrentStreams];
      if (this[kRemoteSettings] === true && this[kEnableConnectProtocol] === true && settings.enableConnectProtocol === false) {
        const err = new InformationalError("HTTP/2: Server disabled extended CONNECT protocol against RFC-8441");
        this[kSocket][kError] = err;
        this[kClient][kOnError](err);
        return;
      }
      this[kEnableConnectProtocol] = settings.enableConnectProtocol ?? this[kEnableConnectProtocol];
      this[kRemoteSettings] = true;
      this[kClient][kResume]();
    }
    function onHttp2SendPing(session) {
      const state = session[kHTTP2SessionState];
      if ((session.closed || session.destroyed) && state.ping.interval != null) {
        clearInterval(state.ping.interval);
        state.ping.interval = null;
        return;
      }
      session.ping(onPing.bind(session));
      function onPing(err, duration) {
        const client = this[kClient];
        const socket = this[kClient];
        if (err != null) {
          const error = new InformationalError(`HTTP/2: "PING" errored - type ${err.message}`);
          socket[kError] = error;
          client[kOnError](error);
        } else {
          client.emit("ping", duration);
        }
      }
    }
    function onHttp2SessionError(err) {
      this[kSocket][kError] = err;
      this[kClient][kOnError](err);
    }
    function onHttp2FrameError(type, code, id) {
      if (id === 0) {
        const err = new InformationalError(`HTTP/2: "frameError" received - type ${type}, code ${code}`);
        this[kSocket][kError] = err;
        this[kClient][kOnError](err);
      }
    }
    function onHttp2SessionEnd() {
      const err = new SocketError("other side closed", util.getSocketInfo(this[kSocket]));
      this.destroy(err);
      util.destroy(this[kSocket], err);
    }
    function completeRequest(client, request, resetPendingIdx = false) {
      const queue = client[kQueue];
      const runningIdx = client[kRunningIdx];
      if (runningIdx < client[kPendingIdx] && queue[runningIdx] === request) {
        queue[runningIdx] = null;
        client[kRunningIdx] = runningIdx + 1;
        return;
      }
      const index = queue.indexOf(request, runningIdx);
      if (index === -1 || index >= client[kPendingIdx]) {
        return;
      }
      queue.splice(index, 1);
      client[kPendingIdx]--;
      if (resetPendingIdx && client[kPendingIdx] < client[kRunningIdx]) {
        client[kPendingIdx] = client[kRunningIdx];
      }
    }
    function onHttp2SessionGoAway(errorCode2) {
      const err = this[kError] || new SocketError(`HTTP/2: "GOAWAY" frame received with code ${errorCode2}`, util.getSocketInfo(this[kSocket]));
      const client = this[kClient];
      client[kSocket] = null;
      client[kHTTPContext] = null;
      this.close();
      this[kHTTP2Session] = null;
      util.destroy(this[kSocket], err);
      if (client[kRunningIdx] < client[kQueue].length) {
        const request = client[kQueue][client[kRunningIdx]];
        client[kQueue][client[kRunningIdx]++] = null;
        if (request != null) {
          util.errorRequest(client, request, err);
        }
        client[kPendingIdx] = client[kRunningIdx];
      }
      assert(client[kRunning] === 0);
      client.emit("disconnect", client[kUrl], [client], err);
      client.emit("connectionError", client[kUrl], [client], err);
      client[kResume]();
    }
    function onHttp2SessionClose() {
      const { [kClient]: client, [kHTTP2SessionState]: state } = this;
      const { [kSocket]: socket } = client;
      const err = this[kSocket][kError] || this[kError] || new SocketError("closed", util.getSocketInfo(socket));
      client[kSocket] = null;
      client[kHTTPContext] = null;
      if (state.ping.interval != null) {
        clearInterval(state.ping.interval);
        state.ping.interval = null;
      }
      if (client.destroyed) {
        assert(client[kPending] === 0);
        const requests = client[kQueue].splice(client[kRunningIdx]);
        for (let i = 0; i < requests.length; i++) {
          const request = requests[i];
          if (request != null) {
            util.errorRequest(client, request, err);
          }
        }
      }
    }
    function onHttp2SocketClose() {
      const err = this[kError] || new SocketError("closed", util.getSocketInfo(this));
      const client = this[kHTTP2Session][kClient];
      client[kSocket] = null;
      client[kHTTPContext] = null;
      if (this[kHTTP2Session] !== null) {
        this[kHTTP2Session].destroy(err);
      }
      client[kPendingIdx] = client[kRunningIdx];
      assert(client[kRunning] === 0);
      client.emit("disconnect", client[kUrl], [client], err);
      client[kResume]();
    }
    function onHttp2SocketError(err) {
      this[kError] = err;
      this[kClient][kOnError](err);
    }
    function onHttp2SocketEnd() {
      util.destroy(this, new SocketError("other side closed", util.getSocketInfo(this)));
    }
    function onSocketClose() {
      this[kClosed] = true;
    }
    function shouldSendContentLength(method) {
      return method !== "GET" && method !== "HEAD" && method !== "OPTIONS" && method !== "TRACE" && method !== "CONNECT";
    }
    function writeH2(client, request) {
      const headersTimeout = request.headersTimeout ?? client[kHeadersTimeout];
      const bodyTimeout = request.bodyTimeout ?? client[kBodyTimeout];
      const session = client[kHTTP2Session];
      const { method, path, host, upgrade, expectContinue, signal, protocol, headers: reqHeaders } = request;
      let { body } = request;
      if (upgrade != null && upgrade !== "websocket") {
        util.errorRequest(client, request, new InvalidArgumentError(`Custom upgrade "${upgrade}" not supported over HTTP/2`));
        return false;
      }
      const headers = {};
      for (let n = 0; n < reqHeaders.length; n += 2) {
        const key2 = reqHeaders[n + 0];
        const val = reqHeaders[n + 1];
        if (key2 === "cookie") {
          if (headers[key2] != null) {
            headers[key2] = Array.isArray(headers[key2]) ? (headers[key2].push(val), headers[key2]) : [headers[key2], val];
          } else {
            headers[key2] = val;
          }
          continue;
        }
        if (Array.isArray(val)) {
          for (let i = 0; i < val.length; i++) {
            if (headers[key2]) {
              headers[key2] += `, ${val[i]}`;
            } else {
              headers[key2] = val[i];
            }
          }
        } else if (headers[key2]) {
          headers[key2] += `, ${val}`;
        } else {
          headers[key2] = val;
        }
      }
      let stream = null;
      const { hostname: hostname2, port } = client[kUrl];
      headers[HTTP2_HEADER_AUTHORITY] = host || `${hostname2}${port ? `:${port}` : ""}`;
      headers[HTTP2_HEADER_METHOD] = method;
      const abort = (err) => {
        if (request.aborted || request.completed) {
          return;
        }
        err = err || new RequestAbortedError();
        util.errorRequest(client, request, err);
        if (stream != null) {
          stream.removeAllListeners("data");
          stream.close();
          client[kOnError](err);
          completeRequest(client, request);
          client[kResume]();
        }
        util.destroy(body, err);
      };
      try {
        request.onConnect(abort);
      } catch (err) {
        util.errorRequest(client, request, err);
      }
      if (request.aborted) {
        return false;
      }
      if (upgrade || method === "CONNECT") {
        session.ref();
        if (upgrade === "websocket") {
          if (session[kEnableConnectProtocol] === false) {
            util.errorRequest(client, request, new InformationalError("HTTP/2: Extended CONNECT protocol not supported by server"));
            session.unref();
            return false;
          }
          headers[HTTP2_HEADER_METHOD] = "CONNECT";
          headers[HTTP2_HEADER_PROTOCOL] = "websocket";
          headers[HTTP2_HEADER_PATH] = path;
          if (protocol === "ws:" || protocol === "wss:") {
            headers[HTTP2_HEADER_SCHEME] = protocol === "ws:" ? "http" : "https";
          } else {
            headers[HTTP2_HEADER_SCHEME] = protocol === "http:" ? "http" : "https";
          }
          stream = session.request(headers, { endStream: false, signal });
          stream[kHTTP2Stream] = true;
          ++session[kOpenStreams];
          stream.once("response", (headers2, _flags) => {
            const { [HTTP2_HEADER_STATUS]: statusCode, ...realHeaders } = headers2;
            try {
              request.onUpgrade(statusCode, parseH2Headers(realHeaders), stream);
            } catch (err) {
              abort(err);
              return;
            }
            completeRequest(client, request);
          });
          stream.on("error", () => {
            if (stream.rstCode === NGHTTP2_REFUSED_STREAM || stream.rstCode === NGHTTP2_CANCEL) {
              abort(new InformationalError(`HTTP/2: "stream error" received - code ${stream.rstCode}`));
            }
          });
          stream.once("close", () => {
            session[kOpenStreams] -= 1;
            if (session[kOpenStreams] === 0) session.unref();
          });
          stream.setTimeout(headersTimeout);
          return true;
        }
        stream = session.request(headers, { endStream: false, signal });
        stream[kHTTP2Stream] = true;
        ++session[kOpenStreams];
        stream.on("response", (headers2) => {
          const { [HTTP2_HEADER_STATUS]: statusCode, ...realHeaders } = headers2;
          try {
            request.onUpgrade(statusCode, parseH2Headers(realHeaders), stream);
          } catch (err) {
            abort(err);
            return;
          }
          completeRequest(client, request);
        });
        stream.on("error", abort);
        stream.once("close", () => {
          session[kOpenStreams] -= 1;
          if (session[kOpenStreams] === 0) session.unref();
        });
        stream.setTimeout(headersTimeout);
        return true;
      }
      headers[HTTP2_HEADER_PATH] = path;
      headers[HTTP2_HEADER_SCHEME] = protocol === "http:" ? "http" : "https";
      const expectsPayload = method === "PUT" || method === "POST" || method === "PATCH";
      if (body && typeof body.read === "function") {
        body.read(0);
      }
      let contentLength = util.bodyLength(body);
      if (util.isFormDataLike(body)) {
        extractBody ??= require_body().extractBody;
        const [bodyStream, contentType] = extractBody(body);
        headers["content-type"] = contentType;
        body = bodyStream.stream;
        contentLength = bodyStream.length;
      }
      if (contentLength == null) {
        contentLength = request.contentLength;
      }
      if (!expectsPayload) {
        contentLength = null;
      }
      if (shouldSendContentLength(method) && contentLength > 0 && request.contentLength != null && request.contentLength !== contentLength) {
        if (client[kStrictContentLength]) {
          util.errorRequest(client, request, new RequestContentLengthMismatchError());
          return false;
        }
        process.emitWarning(new RequestContentLengthMismatchError());
      }
      if (contentLength != null) {
        assert(body || contentLength === 0, "no body must not have content length");
        headers[HTTP2_HEADER_CONTENT_LENGTH] = `${contentLength}`;
      }
      session.ref();
      if (channels.sendHeaders.hasSubscribers) {
        let header = "";
        for (const key2 in headers) {
          header += `${key2}: ${headers[key2]}\r
`;
        }
        channels.sendHeaders.publish({ request, headers: header, socket: session[kSocket] });
      }
      const shouldEndStream = method === "GET" || method === "HEAD" || body === null;
      if (expectContinue) {
        headers[HTTP2_HEADER_EXPECT] = "100-continue";
        stream = session.request(headers, { endStream: shouldEndStream, signal });
        stream[kHTTP2Stream] = true;
        stream.once("continue", writeBodyH2);
      } else {
        stream = session.request(headers, {
          endStream: shouldEndStream,
          signal
        });
        stream[kHTTP2Stream] = true;
        writeBodyH2();
      }
      ++session[kOpenStreams];
      stream.setTimeout(headersTimeout);
      let responseReceived = false;
      stream.once("response", (headers2) => {
        const { [HTTP2_HEADER_STATUS]: statusCode, ...realHeaders } = headers2;
        request.onResponseStarted();
        responseReceived = true;
        stream.setTimeout(bodyTimeout);
        if (request.aborted) {
          stream.removeAllListeners("data");
          return;
        }
        if (request.onHeaders(Number(statusCode), parseH2Headers(realHeaders), stream.resume.bind(stream), "") === false) {
          stream.pause();
        }
        stream.on("data", (chunk) => {
          if (request.aborted || request.completed) {
            return;
          }
          if (request.onData(chunk) === false) {
            stream.pause();
          }
        });
      });
      stream.once("end", () => {
        stream.removeAllListeners("data");
        if (responseReceived) {
          if (!request.aborted && !request.completed) {
            request.onComplete({});
          }
          completeRequest(client, request);
          client[kResume]();
        } else {
          abort(new InformationalError("HTTP/2: stream half-closed (remote)"));
          completeRequest(client, request, true);
          client[kResume]();
        }
      });
      stream.once("close", () => {
        stream.removeAllListeners("data");
        session[kOpenStreams] -= 1;
        if (session[kOpenStreams] === 0) {
          session.unref();
        }
        if (!request.aborted && !request.completed) {
          abort(new InformationalError("HTTP/2: stream closed before the response was complete"));
        }
      });
      stream.once("error", function(err) {
        stream.removeAllListeners("data");
        abort(err);
      });
      stream.once("frameError", (type, code) => {
        stream.removeAllListeners("data");
        abort(new InformationalError(`HTTP/2: "frameError" received - type ${type}, code ${code}`));
      });
      stream.on("aborted", () => {
        stream.removeAllListeners("data");
      });
      stream.on("timeout", () => {
        const err = responseReceived ? new BodyTimeoutError(`HTTP/2: "body timeout after ${bodyTimeout}"`) : new HeadersTimeoutError(`HTTP/2: "headers timeout after ${headersTimeout}"`);
        stream.removeAllListeners("data");
        session[kOpenStreams] -= 1;
        if (session[kOpenStreams] === 0) {
          session.unref();
        }
        abort(err);
      });
      stream.once("trailers", (trailers) => {
        if (request.aborted || request.completed) {
          return;
        }
        stream.removeAllListeners("data");
        request.onComplete(trailers);
      });
      return true;
      function writeBodyH2() {
        if (!body || contentLength === 0) {
          writeBuffer(
            abort,
            stream,
            null,
            client,
            request,
            client[kSocket],
            contentLength,
            expectsPayload
          );
        } else if (util.isBuffer(body)) {
          writeBuffer(
            abort,
            stream,
            body,
            client,
            request,
            client[kSocket],
            contentLength,
            expectsPayload
          );
        } else if (util.isBlobLike(body)) {
          if (typeof body.stream === "function") {
            writeIterable(
              abort,
              stream,
              body.stream(),
              client,
              request,
              client[kSocket],
              contentLength,
              expectsPayload
            );
          } else {
            writeBlob(
              abort,
              stream,
              body,
              client,
              request,
              client[kSocket],
              contentLength,
              expectsPayload
            );
          }
        } else if (util.isStream(body)) {
          writeStream(
            abort,
            client[kSocket],
            expectsPayload,
            stream,
            body,
            client,
            request,
            contentLength
          );
        } else if (util.isIterable(body)) {
          writeIterable(
            abort,
            stream,
            body,
            client,
            request,
            client[kSocket],
            contentLength,
            expectsPayload
          );
        } else {
          assert(false);
        }
      }
    }
    function writeBuffer(abort, h2stream, body, client, request, socket, contentLength, expectsPayload) {
      try {
        if (body != null && util.isBuffer(body)) {
          assert(contentLength === body.byteLength, "buffer body must have content length");
          h2stream.cork();
          h2stream.write(body);
          h2stream.uncork();
          h2stream.end();
          request.onBodySent(body);
        }
        if (!expectsPayload) {
          socket[kReset] = true;
        }
        request.onRequestSent();
        client[kResume]();
      } catch (error) {
        abort(error);
      }
    }
    function writeStream(abort, socket, expectsPayload, h2stream, body, client, request, contentLength) {
      assert(contentLength !== 0 || client[kRunning] === 0, "stream body cannot be pipelined");
      const pipe = pipeline12(
        body,
        h2stream,
        (err) => {
          if (err) {
            util.destroy(pipe, err);
            abort(err);
          } else {
            util.removeAllListeners(pipe);
            request.onRequestSent();
            if (!expectsPayload) {
              socket[kReset] = true;
            }
            client[kResume]();
          }
        }
      );
      util.addListener(pipe, "data", onPipeData);
      function onPipeData(chunk) {
        request.onBodySent(chunk);
      }
    }
    async function writeBlob(abort, h2stream, body, client, request, socket, contentLength, expectsPayload) {
      assert(contentLength === body.size, "blob body must have content length");
      try {
        if (contentLength != null && contentLength !== body.size) {
          throw new RequestContentLengthMismatchError();
        }
        const buffer = Buffer.from(await body.arrayBuffer());
        h2stream.cork();
        h2stream.write(buffer);
        h2stream.uncork();
        h2stream.end();
        request.onBodySent(buffer);
        request.onRequestSent();
        if (!expectsPayload) {
          socket[kReset] = true;
        }
        client[kResume]();
      } catch (err) {
        abort(err);
      }
    }
    async function writeIterable(abort, h2stream, body, client, request, socket, contentLength, expectsPayload) {
      assert(contentLength !== 0 || client[kRunning] === 0, "iterator body cannot be pipelined");
      let callback = null;
      function onDrain() {
        if (callback) {
          const cb = callback;
          callback = null;
          cb();
        }
      }
      const waitForDrain = () => new Promise((resolve3, reject) => {
        assert(callback === null);
        if (socket[kError]) {
          reject(socket[kError]);
        } else {
          callback = resolve3;
        }
      });
      h2stream.on("close", onDrain).on("drain", onDrain);
      try {
        for await (const chunk of body) {
          if (socket[kError]) {
            throw socket[kError];
          }
          const res = h2stream.write(chunk);
          request.onBodySent(chunk);
          if (!res) {
            await waitForDrain();
          }
        }
        h2stream.end();
        request.onRequestSent();
        if (!expectsPayload) {
          socket[kReset] = true;
        }
        client[kResume]();
      } catch (err) {
        abort(err);
      } finally {
        h2stream.off("close", onDrain).off("drain", onDrain);
      }
    }
    module.exports = connectH2;
  }
});

// node_modules/undici/lib/dispatcher/client.js
var require_client = __commonJS({
  "node_modules/undici/lib/dispatcher/client.js"(exports, module) {
    "use strict";
    var assert = __require("node:assert");
    var net = __require("node:net");
    var http = __require("node:http");
    var util = require_util();
    var { ClientStats } = require_stats();
    var { channels } = require_diagnostics();
    var Request = require_request();
    var DispatcherBase = require_dispatcher_base();
    var {
      InvalidArgumentError,
      InformationalError,
      ClientDestroyedError
    } = require_errors();
    var buildConnector = require_connect();
    var {
      kUrl,
      kServerName,
      kClient,
      kBusy,
      kConnect,
      kResuming,
      kRunning,
      kPending,
      kSize,
      kQueue,
      kConnected,
      kConnecting,
      kNeedDrain,
      kKeepAliveDefaultTimeout,
      kHostHeader,
      kPendingIdx,
      kRunningIdx,
      kError,
      kPipelining,
      kKeepAliveTimeoutValue,
      kMaxHeadersSize,
      kKeepAliveMaxTimeout,
      kKeepAliveTimeoutThreshold,
      kHeadersTimeout,
      kBodyTimeout,
      kStrictContentLength,
      kConnector,
      kMaxRequests,
      kCounter,
      kClose,
      kDestroy,
      kDispatch,
      kLocalAddress,
      kMaxResponseSize,
      kOnError,
      kHTTPContext,
      kMaxConcurrentStreams,
      kHTTP2InitialWindowSize,
      kHTTP2ConnectionWindowSize,
      kResume,
      kPingInterval
    } = require_symbols();
    var connectH1 = require_client_h1();
    var connectH2 = require_client_h2();
    var kClosedResolve = /* @__PURE__ */ Symbol("kClosedResolve");
    var getDefaultNodeMaxHeaderSize = http && http.maxHeaderSize && Number.isInteger(http.maxHeaderSize) && http.maxHeaderSize > 0 ? () => http.maxHeaderSize : () => {
      throw new InvalidArgumentError("http module not available or http.maxHeaderSize invalid");
    };
    var noop = () => {
    };
    function getPipelining(client) {
      return client[kPipelining] ?? client[kHTTPContext]?.defaultPipelining ?? 1;
    }
    var Client = class extends DispatcherBase {
      /**
       *
       * @param {string|URL} url
       * @param {import('../../types/client.js').Client.Options} options
       */
      constructor(url, {
        maxHeaderSize,
        headersTimeout,
        socketTimeout,
        requestTimeout,
        connectTimeout,
        bodyTimeout,
        idleTimeout,
        keepAlive,
        keepAliveTimeout,
        maxKeepAliveTimeout,
        keepAliveMaxTimeout,
        keepAliveTimeoutThreshold,
        socketPath,
        pipelining,
        tls,
        strictContentLength,
        maxCachedSessions,
        connect: connect2,
        maxRequestsPerClient,
        localAddress,
        maxResponseSize,
        autoSelectFamily,
        autoSelectFamilyAttemptTimeout,
        // h2
        maxConcurrentStreams,
        allowH2,
        useH2c,
        initialWindowSize,
        connectionWindowSize,
        pingInterval,
        webSocket,
        eventSource
      } = {}) {
        if (keepAlive !== void 0) {
          throw new InvalidArgumentError("unsupported keepAlive, use pipelining=0 instead");
        }
        if (socketTimeout !== void 0) {
          throw new InvalidArgumentError("unsupported socketTimeout, use headersTimeout & bodyTimeout instead");
        }
        if (requestTimeout !== void 0) {
          throw new InvalidArgumentError("unsupported requestTimeout, use headersTimeout & bodyTimeout instead");
        }
        if (idleTimeout !== void 0) {
          throw new InvalidArgumentError("unsupported idleTimeout, use keepAliveTimeout instead");
        }
        if (maxKeepAliveTimeout !== void 0) {
          throw new InvalidArgumentError("unsupported maxKeepAliveTimeout, use keepAliveMaxTimeout instead");
        }
        if (maxHeaderSize != null) {
          if (!Number.isInteger(maxHeaderSize) || maxHeaderSize < 1) {
            throw new InvalidArgumentError("invalid maxHeaderSize");
          }
        } else {
          maxHeaderSize = getDefaultNodeMaxHeaderSize();
        }
        if (socketPath != null && typeof socketPath !== "string") {
          throw new InvalidArgumentError("invalid socketPath");
        }
        if (connectTimeout != null && (!Number.isFinite(connectTimeout) || connectTimeout < 0)) {
          throw new InvalidArgumentError("invalid connectTimeout");
        }
        if (keepAliveTimeout != null && (!Number.isFinite(keepAliveTimeout) || keepAliveTimeout <= 0)) {
          throw new InvalidArgumentError("invalid keepAliveTimeout");
        }
        if (keepAliveMaxTimeout != null && (!Number.isFinite(keepAliveMaxTimeout) || keepAliveMaxTimeout <= 0)) {
          throw new InvalidArgumentError("invalid keepAliveMaxTimeout");
        }
        if (keepAliveTimeoutThreshold != null && !Number.isFinite(keepAliveTimeoutThreshold)) {
          throw new InvalidArgumentError("invalid keepAliveTimeoutThreshold");
        }
        if (headersTimeout != null && (!Number.isInteger(headersTimeout) || headersTimeout < 0)) {
          throw new InvalidArgumentError("headersTimeout must be a positive integer or zero");
        }
        if (bodyTimeout != null && (!Number.isInteger(bodyTimeout) || bodyTimeout < 0)) {
          throw new InvalidArgumentError("bodyTimeout must be a positive integer or zero");
        }
        if (connect2 != null && typeof connect2 !== "function" && typeof connect2 !== "object") {
          throw new InvalidArgumentError("connect must be a function or an object");
        }
        if (maxRequestsPerClient != null && (!Number.isInteger(maxRequestsPerClient) || maxRequestsPerClient < 0)) {
          throw new InvalidArgumentError("maxRequestsPerClient must be a positive number");
        }
        if (localAddress != null && (typeof localAddress !== "string" || net.isIP(localAddress) === 0)) {
          throw new InvalidArgumentError("localAddress must be valid string IP address");
        }
        if (maxResponseSize != null && (!Number.isInteger(maxResponseSize) || maxResponseSize < -1)) {
          throw new InvalidArgumentError("maxResponseSize must be a positive number");
        }
        if (autoSelectFamilyAttemptTimeout != null && (!Number.isInteger(autoSelectFamilyAttemptTimeout) || autoSelectFamilyAttemptTimeout < -1)) {
          throw new InvalidArgumentError("autoSelectFamilyAttemptTimeout must be a positive number");
        }
        if (allowH2 != null && typeof allowH2 !== "boolean") {
          throw new InvalidArgumentError("allowH2 must be a valid boolean value");
        }
        if (maxConcurrentStreams != null && (typeof maxConcurrentStreams !== "number" || maxConcurrentStreams < 1)) {
          throw new InvalidArgumentError("maxConcurrentStreams must be a positive integer, greater than 0");
        }
        if (useH2c != null && typeof useH2c !== "boolean") {
          throw new InvalidArgumentError("useH2c must be a valid boolean value");
        }
        if (initialWindowSize != null && (!Number.isInteger(initialWindowSize) || initialWindowSize < 1)) {
          throw new InvalidArgumentError("initialWindowSize must be a positive integer, greater than 0");
        }
        if (connectionWindowSize != null && (!Number.isInteger(connectionWindowSize) || connectionWindowSize < 1)) {
          throw new InvalidArgumentError("connectionWindowSize must be a positive integer, greater than 0");
        }
        if (pingInterval != null && (typeof pingInterval !== "number" || !Number.isInteger(pingInterval) || pingInterval < 0)) {
          throw new InvalidArgumentError("pingInterval must be a positive integer, greater or equal to 0");
        }
        super({ webSocket, eventSource });
        if (typeof connect2 !== "function") {
          connect2 = buildConnector({
            ...tls,
            maxCachedSessions,
            allowH2,
            useH2c,
            socketPath,
            timeout: connectTimeout,
            ...typeof autoSelectFamily === "boolean" ? { autoSelectFamily, autoSelectFamilyAttemptTimeout } : void 0,
            ...connect2
          });
        } else {
          const customConnect = connect2;
          connect2 = (opts, callback) => customConnect({
            ...opts,
            ...socketPath != null ? { socketPath } : null,
            ...allowH2 != null ? { allowH2 } : null
          }, callback);
        }
        this[kUrl] = util.parseOrigin(url);
        this[kConnector] = connect2;
        this[kPipelining] = pipelining != null ? pipelining : 1;
        this[kMaxHeadersSize] = maxHeaderSize;
        this[kKeepAliveDefaultTimeout] = keepAliveTimeout == null ? 4e3 : keepAliveTimeout;
        this[kKeepAliveMaxTimeout] = keepAliveMaxTimeout == null ? 6e5 : keepAliveMaxTimeout;
        this[kKeepAliveTimeoutThreshold] = keepAliveTimeoutThreshold == null ? 2e3 : keepAliveTimeoutThreshold;
        this[kKeepAliveTimeoutValue] = this[kKeepAliveDefaultTimeout];
        this[kServerName] = null;
        this[kLocalAddress] = localAddress != null ? localAddress : null;
        this[kResuming] = 0;
        this[kNeedDrain] = 0;
        this[kHostHeader] = `host: ${this[kUrl].hostname}${this[kUrl].port ? `:${this[kUrl].port}` : ""}\r
`;
        this[kBodyTimeout] = bodyTimeout != null ? bodyTimeout : 3e5;
        this[kHeadersTimeout] = headersTimeout != null ? headersTimeout : 3e5;
        this[kStrictContentLength] = strictContentLength == null ? true : strictContentLength;
        this[kMaxRequests] = maxRequestsPerClient;
        this[kClosedResolve] = null;
        this[kMaxResponseSize] = maxResponseSize > -1 ? maxResponseSize : -1;
        this[kHTTPContext] = null;
        this[kMaxConcurrentStreams] = maxConcurrentStreams != null ? maxConcurrentStreams : 100;
        this[kHTTP2InitialWindowSize] = initialWindowSize != null ? initialWindowSize : 262144;
        this[kHTTP2ConnectionWindowSize] = connectionWindowSize != null ? connectionWindowSize : 524288;
        this[kPingInterval] = pingInterval != null ? pingInterval : 6e4;
        this[kQueue] = [];
        this[kRunningIdx] = 0;
        this[kPendingIdx] = 0;
        this[kResume] = (sync) => resume(this, sync);
        this[kOnError] = (err) => onError(this, err);
      }
      get pipelining() {
        return this[kPipelining];
      }
      set pipelining(value) {
        this[kPipelining] = value;
        this[kResume](true);
      }
      get stats() {
        return new ClientStats(this);
      }
      get [kPending]() {
        return this[kQueue].length - this[kPendingIdx];
      }
      get [kRunning]() {
        return this[kPendingIdx] - this[kRunningIdx];
      }
      get [kSize]() {
        return this[kQueue].length - this[kRunningIdx];
      }
      get [kConnected]() {
        return !!this[kHTTPContext] && !this[kConnecting] && !this[kHTTPContext].destroyed;
      }
      get [kBusy]() {
        return Boolean(
          this[kHTTPContext]?.busy(null) || this[kSize] >= (getPipelining(this) || 1) || this[kPending] > 0
        );
      }
      [kConnect](cb) {
        connect(this);
        this.once("connect", cb);
      }
      [kDispatch](opts, handler) {
        const request = new Request(this[kUrl].origin, opts, handler);
        this[kQueue].push(request);
        if (this[kResuming]) {
        } else if (util.bodyLength(request.body) == null && util.isIterable(request.body)) {
          this[kResuming] = 1;
          queueMicrotask(() => resume(this));
        } else {
          this[kResume](true);
        }
        if (this[kResuming] && this[kNeedDrain] !== 2 && this[kBusy]) {
          this[kNeedDrain] = 2;
        }
        return this[kNeedDrain] < 2;
      }
      [kClose]() {
        return new Promise((resolve3) => {
          if (this[kSize]) {
            this[kClosedResolve] = resolve3;
          } else {
            resolve3(null);
          }
        });
      }
      [kDestroy](err) {
        return new Promise((resolve3) => {
          const requests = this[kQueue].splice(this[kPendingIdx]);
          for (let i = 0; i < requests.length; i++) {
            const request = requests[i];
            if (request != null) {
              util.errorRequest(this, request, err);
            }
          }
          const callback = () => {
            if (this[kClosedResolve]) {
              this[kClosedResolve]();
              this[kClosedResolve] = null;
            }
            resolve3(null);
          };
          if (this[kHTTPContext]) {
            this[kHTTPContext].destroy(err, callback);
            this[kHTTPContext] = null;
          } else {
            queueMicrotask(callback);
          }
          this[kResume]();
        });
      }
    };
    function onError(client, err) {
      if (client[kRunning] === 0 && err.code !== "UND_ERR_INFO" && err.code !== "UND_ERR_SOCKET") {
        assert(client[kPendingIdx] === client[kRunningIdx]);
        const requests = client[kQueue].splice(client[kRunningIdx]);
        for (let i = 0; i < requests.length; i++) {
          const request = requests[i];
          if (request != null) {
            util.errorRequest(client, request, err);
          }
        }
        assert(client[kSize] === 0);
      }
    }
    function connect(client) {
      assert(!client[kConnecting]);
      assert(!client[kHTTPContext]);
      let { host, hostname: hostname2, protocol, port } = client[kUrl];
      if (hostname2[0] === "[") {
        const idx = hostname2.indexOf("]");
        assert(idx !== -1);
        const ip = hostname2.substring(1, idx);
        assert(net.isIPv6(ip));
        hostname2 = ip;
      }
      client[kConnecting] = true;
      if (channels.beforeConnect.hasSubscribers) {
        channels.beforeConnect.publish({
          connectParams: {
            host,
            hostname: hostname2,
            protocol,
            port,
            version: client[kHTTPContext]?.version,
            servername: client[kServerName],
            localAddress: client[kLocalAddress]
          },
          connector: client[kConnector]
        });
      }
      try {
        client[kConnector]({
          host,
          hostname: hostname2,
          protocol,
          port,
          servername: client[kServerName],
          localAddress: client[kLocalAddress]
        }, (err, socket) => {
          if (err) {
            handleConnectError(client, err, { host, hostname: hostname2, protocol, port });
            client[kResume]();
            return;
          }
          if (client.destroyed) {
            util.destroy(socket.on("error", noop), new ClientDestroyedError());
            client[kResume]();
            return;
          }
          assert(socket);
          try {
            client[kHTTPContext] = socket.alpnProtocol === "h2" ? connectH2(client, socket) : connectH1(client, socket);
          } catch (err2) {
            socket.destroy().on("error", noop);
            handleConnectError(client, err2, { host, hostname: hostname2, protocol, port });
            client[kResume]();
            return;
          }
          client[kConnecting] = false;
          socket[kCounter] = 0;
          socket[kMaxRequests] = client[kMaxRequests];
          socket[kClient] = client;
          socket[kError] = null;
          if (channels.connected.hasSubscribers) {
            channels.connected.publish({
              connectParams: {
                host,
                hostname: hostname2,
                protocol,
                port,
                version: client[kHTTPContext]?.version,
                servername: client[kServerName],
                localAddress: client[kLocalAddress]
              },
              connector: client[kConnector],
              socket
            });
          }
          client.emit("connect", client[kUrl], [client]);
          client[kResume]();
        });
      } catch (err) {
        handleConnectError(client, err, { host, hostname: hostname2, protocol, port });
        client[kResume]();
      }
    }
    function handleConnectError(client, err, { host, hostname: hostname2, protocol, port }) {
      if (client.destroyed) {
        return;
      }
      client[kConnecting] = false;
      if (channels.connectError.hasSubscribers) {
        channels.connectError.publish({
          connectParams: {
            host,
            hostname: hostname2,
            protocol,
            port,
            version: client[kHTTPContext]?.version,
            servername: client[kServerName],
            localAddress: client[kLocalAddress]
          },
          connector: client[kConnector],
          error: err
        });
      }
      if (err.code === "ERR_TLS_CERT_ALTNAME_INVALID") {
        assert(client[kRunning] === 0);
        while (client[kPending] > 0 && client[kQueue][client[kPendingIdx]].servername === client[kServerName]) {
          const request = client[kQueue][client[kPendingIdx]++];
          util.errorRequest(client, request, err);
        }
      } else {
        onError(client, err);
      }
      client.emit("connectionError", client[kUrl], [client], err);
    }
    function emitDrain(client) {
      client[kNeedDrain] = 0;
      client.emit("drain", client[kUrl], [client]);
    }
    function resume(client, sync) {
      if (client[kResuming] === 2) {
        return;
      }
      client[kResuming] = 2;
      _resume(client, sync);
      client[kResuming] = 0;
      if (client[kRunningIdx] > 256) {
        client[kQueue].splice(0, client[kRunningIdx]);
        client[kPendingIdx] -= client[kRunningIdx];
        client[kRunningIdx] = 0;
      }
    }
    function _resume(client, sync) {
      while (true) {
        if (client.destroyed) {
          assert(client[kPending] === 0);
          return;
        }
        if (client[kClosedResolve] && !client[kSize]) {
          client[kClosedResolve]();
          client[kClosedResolve] = null;
          return;
        }
        if (client[kHTTPContext]) {
          client[kHTTPContext].resume();
        }
        if (client[kBusy]) {
          client[kNeedDrain] = 2;
        } else if (client[kNeedDrain] === 2) {
          if (sync) {
            client[kNeedDrain] = 1;
            queueMicrotask(() => emitDrain(client));
          } else {
            emitDrain(client);
          }
          continue;
        }
        if (client[kPending] === 0) {
          return;
        }
        if (client[kRunning] >= (getPipelining(client) || 1)) {
          return;
        }
        const request = client[kQueue][client[kPendingIdx]];
        if (request === null) {
          return;
        }
        if (client[kUrl].protocol === "https:" && client[kServerName] !== request.servername) {
          if (client[kRunning] > 0) {
            return;
          }
          client[kServerName] = request.servername;
          client[kHTTPContext]?.destroy(new InformationalError("servername changed"), () => {
            client[kHTTPContext] = null;
            resume(client);
          });
        }
        if (client[kConnecting]) {
          return;
        }
        if (!client[kHTTPContext]) {
          connect(client);
          return;
        }
        if (client[kHTTPContext].destroyed) {
          return;
        }
        if (client[kHTTPContext].busy(request)) {
          return;
        }
        if (!request.aborted && client[kHTTPContext].write(request)) {
          client[kPendingIdx]++;
        } else {
          client[kQueue].splice(client[kPendingIdx], 1);
        }
      }
    }
    module.exports = Client;
  }
});

// node_modules/undici/lib/dispatcher/pool.js
var require_pool = __commonJS({
  "node_modules/undici/lib/dispatcher/pool.js"(exports, module) {
    "use strict";
    var {
      PoolBase,
      kClients,
      kNeedDrain,
      kAddClient,
      kGetDispatcher,
      kRemoveClient
    } = require_pool_base();
    var Client = require_client();
    var {
      InvalidArgumentError
    } = require_errors();
    var util = require_util();
    var { kUrl } = require_symbols();
    var buildConnector = require_connect();
    var kOptions = /* @__PURE__ */ Symbol("options");
    var kConnections = /* @__PURE__ */ Symbol("connections");
    var kFactory = /* @__PURE__ */ Symbol("factory");
    function defaultFactory(origin, opts) {
      return new Client(origin, opts);
    }
    var Pool = class extends PoolBase {
      constructor(origin, {
        connections,
        factory = defaultFactory,
        connect,
        connectTimeout,
        tls,
        maxCachedSessions,
        socketPath,
        autoSelectFamily,
        autoSelectFamilyAttemptTimeout,
        allowH2,
        clientTtl,
        ...options
      } = {}) {
        if (connections != null && (!Number.isFinite(connections) || connections < 0)) {
          throw new InvalidArgumentError("invalid connections");
        }
        if (typeof factory !== "function") {
          throw new InvalidArgumentError("factory must be a function.");
        }
        if (connect != null && typeof connect !== "function" && typeof connect !== "object") {
          throw new InvalidArgumentError("connect must be a function or an object");
        }
        if (typeof connect !== "function") {
          connect = buildConnector({
            ...tls,
            maxCachedSessions,
            allowH2,
            socketPath,
            timeout: connectTimeout,
            ...typeof autoSelectFamily === "boolean" ? { autoSelectFamily, autoSelectFamilyAttemptTimeout } : void 0,
            ...connect
          });
        }
        super(options);
        this[kConnections] = connections || null;
        this[kUrl] = util.parseOrigin(origin);
        this[kOptions] = { ...util.deepClone(options), connect, allowH2, clientTtl, socketPath };
        this[kOptions].interceptors = options.interceptors ? { ...options.interceptors } : void 0;
        this[kFactory] = factory;
        this.on("connect", (origin2, targets) => {
          if (clientTtl != null && clientTtl > 0) {
            for (const target of targets) {
              Object.assign(target, { ttl: Date.now() });
            }
          }
        });
        this.on("connectionError", (origin2, targets, error) => {
          for (const target of targets) {
            const idx = this[kClients].indexOf(target);
            if (idx !== -1) {
              this[kClients].splice(idx, 1);
            }
          }
        });
      }
      [kGetDispatcher]() {
        const clientTtlOption = this[kOptions].clientTtl;
        for (const client of this[kClients]) {
          if (clientTtlOption != null && clientTtlOption > 0 && client.ttl && Date.now() - client.ttl > clientTtlOption) {
            this[kRemoveClient](client);
          } else if (!client[kNeedDrain]) {
            return client;
          }
        }
        if (!this[kConnections] || this[kClients].length < this[kConnections]) {
          const dispatcher = this[kFactory](this[kUrl], this[kOptions]);
          this[kAddClient](dispatcher);
          return dispatcher;
        }
      }
    };
    module.exports = Pool;
  }
});

// node_modules/undici/lib/dispatcher/agent.js
var require_agent = __commonJS({
  "node_modules/undici/lib/dispatcher/agent.js"(exports, module) {
    "use strict";
    var { InvalidArgumentError, MaxOriginsReachedError } = require_errors();
    var { kClients, kRunning, kClose, kDestroy, kDispatch, kUrl } = require_symbols();
    var DispatcherBase = require_dispatcher_base();
    var Pool = require_pool();
    var Client = require_client();
    var util = require_util();
    var kOnConnect = /* @__PURE__ */ Symbol("onConnect");
    var kOnDisconnect = /* @__PURE__ */ Symbol("onDisconnect");
    var kOnConnectionError = /* @__PURE__ */ Symbol("onConnectionError");
    var kOnDrain = /* @__PURE__ */ Symbol("onDrain");
    var kFactory = /* @__PURE__ */ Symbol("factory");
    var kOptions = /* @__PURE__ */ Symbol("options");
    var kOrigins = /* @__PURE__ */ Symbol("origins");
    function defaultFactory(origin, opts) {
      return opts && opts.connections === 1 ? new Client(origin, opts) : new Pool(origin, opts);
    }
    var Agent = class extends DispatcherBase {
      constructor({ factory = defaultFactory, maxOrigins = Infinity, connect, tls, ...options } = {}) {
        if (typeof factory !== "function") {
          throw new InvalidArgumentError("factory must be a function.");
        }
        if (connect != null && typeof connect !== "function" && typeof connect !== "object") {
          throw new InvalidArgumentError("connect must be a function or an object");
        }
        if (typeof maxOrigins !== "number" || Number.isNaN(maxOrigins) || maxOrigins <= 0) {
          throw new InvalidArgumentError("maxOrigins must be a number greater than 0");
        }
        super(options);
        if (connect && typeof connect !== "function") {
          connect = { ...connect };
        }
        if (tls && typeof tls !== "function") {
          tls = { ...tls };
        }
        this[kOptions] = { ...util.deepClone(options), maxOrigins, connect, tls };
        this[kFactory] = factory;
        this[kClients] = /* @__PURE__ */ new Map();
        this[kOrigins] = /* @__PURE__ */ new Set();
        this[kOnDrain] = (origin, targets) => {
          this.emit("drain", origin, [this, ...targets]);
        };
        this[kOnConnect] = (origin, targets) => {
          this.emit("connect", origin, [this, ...targets]);
        };
        this[kOnDisconnect] = (origin, targets, err) => {
          this.emit("disconnect", origin, [this, ...targets], err);
        };
        this[kOnConnectionError] = (origin, targets, err) => {
          this.emit("connectionError", origin, [this, ...targets], err);
        };
      }
      get [kRunning]() {
        let ret = 0;
        for (const { dispatcher } of this[kClients].values()) {
          ret += dispatcher[kRunning];
        }
        return ret;
      }
      [kDispatch](opts, handler) {
        let key2;
        if (opts.origin && (typeof opts.origin === "string" || opts.origin instanceof URL)) {
          key2 = String(opts.origin);
        } else {
          throw new InvalidArgumentError("opts.origin must be a non-empty string or URL.");
        }
        if (this[kOrigins].size >= this[kOptions].maxOrigins && !this[kOrigins].has(key2)) {
          throw new MaxOriginsReachedError();
        }
        const result = this[kClients].get(key2);
        let dispatcher = result && result.dispatcher;
        if (!dispatcher) {
          const closeClientIfUnused = (connected) => {
            const result2 = this[kClients].get(key2);
            if (result2) {
              if (connected) result2.count -= 1;
              if (result2.count <= 0) {
                this[kClients].delete(key2);
                if (!result2.dispatcher.destroyed) {
                  result2.dispatcher.close();
                }
              }
              this[kOrigins].delete(key2);
            }
          };
          dispatcher = this[kFactory](opts.origin, this[kOptions]).on("drain", this[kOnDrain]).on("connect", (origin, targets) => {
            const result2 = this[kClients].get(key2);
            if (result2) {
              result2.count += 1;
            }
            this[kOnConnect](origin, targets);
          }).on("disconnect", (origin, targets, err) => {
            closeClientIfUnused(true);
            this[kOnDisconnect](origin, targets, err);
          }).on("connectionError", (origin, targets, err) => {
            closeClientIfUnused(false);
            this[kOnConnectionError](origin, targets, err);
          });
          this[kClients].set(key2, { count: 0, dispatcher });
          this[kOrigins].add(key2);
        }
        return dispatcher.dispatch(opts, handler);
      }
      [kClose]() {
        const closePromises = [];
        for (const { dispatcher } of this[kClients].values()) {
          closePromises.push(dispatcher.close());
        }
        this[kClients].clear();
        return Promise.all(closePromises);
      }
      [kDestroy](err) {
        const destroyPromises = [];
        for (const { dispatcher } of this[kClients].values()) {
          destroyPromises.push(dispatcher.destroy(err));
        }
        this[kClients].clear();
        return Promise.all(destroyPromises);
      }
      get stats() {
        const allClientStats = {};
        for (const { dispatcher } of this[kClients].values()) {
          if (dispatcher.stats) {
            allClientStats[dispatcher[kUrl].origin] = dispatcher.stats;
          }
        }
        return allClientStats;
      }
    };
    module.exports = Agent;
  }
});

// node_modules/undici/lib/api/readable.js
var require_readable = __commonJS({
  "node_modules/undici/lib/api/readable.js"(exports, module) {
    "use strict";
    var assert = __require("node:assert");
    var { Readable: Readable7 } = __require("node:stream");
    var { RequestAbortedError, NotSupportedError, InvalidArgumentError, AbortError } = require_errors();
    var util = require_util();
    var { ReadableStreamFrom } = require_util();
    var kConsume = /* @__PURE__ */ Symbol("kConsume");
    var kReading = /* @__PURE__ */ Symbol("kReading");
    var kBody = /* @__PURE__ */ Symbol("kBody");
    var kAbort = /* @__PURE__ */ Symbol("kAbort");
    var kContentType = /* @__PURE__ */ Symbol("kContentType");
    var kContentLength = /* @__PURE__ */ Symbol("kContentLength");
    var kUsed = /* @__PURE__ */ Symbol("kUsed");
    var kBytesRead = /* @__PURE__ */ Symbol("kBytesRead");
    var noop = () => {
    };
    var BodyReadable = class extends Readable7 {
      /**
       * @param {object} opts
       * @param {(this: Readable, size: number) => void} opts.resume
       * @param {() => (void | null)} opts.abort
       * @param {string} [opts.contentType = '']
       * @param {number} [opts.contentLength]
       * @param {number} [opts.highWaterMark = 64 * 1024]
       */
      constructor({
        resume,
        abort,
        contentType = "",
        contentLength,
        highWaterMark = 64 * 1024
        // Same as nodejs fs streams.
      }) {
        super({
          autoDestroy: true,
          read: resume,
          highWaterMark
        });
        this._readableState.dataEmitted = false;
        this[kAbort] = abort;
        this[kConsume] = null;
        this[kBytesRead] = 0;
        this[kBody] = null;
        this[kUsed] = false;
        this[kContentType] = contentType;
        this[kContentLength] = Number.isFinite(contentLength) ? contentLength : null;
        this[kReading] = false;
      }
      /**
       * @param {Error|null} err
       * @param {(error:(Error|null)) => void} callback
       * @returns {void}
       */
      _destroy(err, callback) {
        if (!err && !this._readableState.endEmitted) {
          err = new RequestAbortedError();
        }
        if (err) {
          this[kAbort]();
        }
        if (!this[kUsed]) {
          setImmediate(callback, err);
        } else {
          callback(err);
        }
      }
      /**
       * @param {string|symbol} event
       * @param {(...args: any[]) => void} listener
       * @returns {this}
       */
      on(event, listener) {
        if (event === "data" || event === "readable") {
          this[kReading] = true;
          this[kUsed] = true;
        }
        return super.on(event, listener);
      }
      /**
       * @param {string|symbol} event
       * @param {(...args: any[]) => void} listener
       * @returns {this}
       */
      addListener(event, listener) {
        return this.on(event, listener);
      }
      /**
       * @param {string|symbol} event
       * @param {(...args: any[]) => void} listener
       * @returns {this}
       */
      off(event, listener) {
        const ret = super.off(event, listener);
        if (event === "data" || event === "readable") {
          this[kReading] = this.listenerCount("data") > 0 || this.listenerCount("readable") > 0;
        }
        return ret;
      }
      /**
       * @param {string|symbol} event
       * @param {(...args: any[]) => void} listener
       * @returns {this}
       */
      removeListener(event, listener) {
        return this.off(event, listener);
      }
      /**
       * @param {Buffer|null} chunk
       * @returns {boolean}
       */
      push(chunk) {
        if (chunk) {
          this[kBytesRead] += chunk.length;
          if (this[kConsume]) {
            consumePush(this[kConsume], chunk);
            return this[kReading] ? super.push(chunk) : true;
          }
        }
        return super.push(chunk);
      }
      /**
       * Consumes and returns the body as a string.
       *
       * @see https://fetch.spec.whatwg.org/#dom-body-text
       * @returns {Promise<string>}
       */
      text() {
        return consume(this, "text");
      }
      /**
       * Consumes and returns the body as a JavaScript Object.
       *
       * @see https://fetch.spec.whatwg.org/#dom-body-json
       * @returns {Promise<unknown>}
       */
      json() {
        return consume(this, "json");
      }
      /**
       * Consumes and returns the body as a Blob
       *
       * @see https://fetch.spec.whatwg.org/#dom-body-blob
       * @returns {Promise<Blob>}
       */
      blob() {
        return consume(this, "blob");
      }
      /**
       * Consumes and returns the body as an Uint8Array.
       *
       * @see https://fetch.spec.whatwg.org/#dom-body-bytes
       * @returns {Promise<Uint8Array>}
       */
      bytes() {
        return consume(this, "bytes");
      }
      /**
       * Consumes and returns the body as an ArrayBuffer.
       *
       * @see https://fetch.spec.whatwg.org/#dom-body-arraybuffer
       * @returns {Promise<ArrayBuffer>}
       */
      arrayBuffer() {
        return consume(this, "arrayBuffer");
      }
      /**
       * Not implemented
       *
       * @see https://fetch.spec.whatwg.org/#dom-body-formdata
       * @throws {NotSupportedError}
       */
      async formData() {
        throw new NotSupportedError();
      }
      /**
       * Returns true if the body is not null and the body has been consumed.
       * Otherwise, returns false.
       *
       * @see https://fetch.spec.whatwg.org/#dom-body-bodyused
       * @readonly
       * @returns {boolean}
       */
      get bodyUsed() {
        return util.isDisturbed(this);
      }
      /**
       * @see https://fetch.spec.whatwg.org/#dom-body-body
       * @readonly
       * @returns {ReadableStream}
       */
      get body() {
        if (!this[kBody]) {
          this[kBody] = ReadableStreamFrom(this);
          if (this[kConsume]) {
            this[kBody].getReader();
            assert(this[kBody].locked);
          }
        }
        return this[kBody];
      }
      /**
       * Dumps the response body by reading `limit` number of bytes.
       * @param {object} opts
       * @param {number} [opts.limit = 131072] Number of bytes to read.
       * @param {AbortSignal} [opts.signal] An AbortSignal to cancel the dump.
       * @returns {Promise<null>}
       */
      dump(opts) {
        const signal = opts?.signal;
        if (signal != null && (typeof signal !== "object" || !("aborted" in signal))) {
          return Promise.reject(new InvalidArgumentError("signal must be an AbortSignal"));
        }
        const limit = opts?.limit && Number.isFinite(opts.limit) ? opts.limit : 128 * 1024;
        if (signal?.aborted) {
          return Promise.reject(signal.reason ?? new AbortError());
        }
        if (this._readableState.closeEmitted) {
          return Promise.resolve(null);
        }
        return new Promise((resolve3, reject) => {
          if (this[kContentLength] && this[kContentLength] > limit || this[kBytesRead] > limit) {
            this.destroy(new AbortError());
          }
          if (signal) {
            const onAbort = () => {
              this.destroy(signal.reason ?? new AbortError());
            };
            signal.addEventListener("abort", onAbort);
            this.on("close", function() {
              signal.removeEventListener("abort", onAbort);
              if (signal.aborted) {
                reject(signal.reason ?? new AbortError());
              } else {
                resolve3(null);
              }
            });
          } else {
            this.on("close", resolve3);
          }
          this.on("error", noop).on("data", () => {
            if (this[kBytesRead] > limit) {
              this.destroy();
            }
          }).resume();
        });
      }
      /**
       * @param {BufferEncoding} encoding
       * @returns {this}
       */
      setEncoding(encoding) {
        if (Buffer.isEncoding(encoding)) {
          this._readableState.encoding = encoding;
        }
        return this;
      }
    };
    function isLocked(bodyReadable) {
      return bodyReadable[kBody]?.locked === true || bodyReadable[kConsume] !== null;
    }
    function isUnusable(bodyReadable) {
      return util.isDisturbed(bodyReadable) || isLocked(bodyReadable);
    }
    function consume(stream, type) {
      assert(!stream[kConsume]);
      return new Promise((resolve3, reject) => {
        if (isUnusable(stream)) {
          const rState = stream._readableState;
          if (rState.destroyed && rState.closeEmitted === false) {
            stream.on("error", reject).on("close", () => {
              reject(new TypeError("unusable"));
            });
          } else {
            reject(rState.errored ?? new TypeError("unusable"));
          }
        } else {
          queueMicrotask(() => {
            stream[kConsume] = {
              type,
              stream,
              resolve: resolve3,
              reject,
              length: 0,
              body: []
            };
            stream.on("error", function(err) {
              consumeFinish(this[kConsume], err);
            }).on("close", function() {
              if (this[kConsume].body !== null) {
                consumeFinish(this[kConsume], new RequestAbortedError());
              }
            });
            consumeStart(stream[kConsume]);
          });
        }
      });
    }
    function consumeStart(consume2) {
      if (consume2.body === null) {
        return;
      }
      const { _readableState: state } = consume2.stream;
      if (state.bufferIndex) {
        const start = state.bufferIndex;
        const end = state.buffer.length;
        for (let n = start; n < end; n++) {
          consumePush(consume2, state.buffer[n]);
        }
      } else {
        for (const chunk of state.buffer) {
          consumePush(consume2, chunk);
        }
      }
      if (state.endEmitted) {
        consumeEnd(this[kConsume], this._readableState.encoding);
      } else {
        consume2.stream.on("end", function() {
          consumeEnd(this[kConsume], this._readableState.encoding);
        });
      }
      consume2.stream.resume();
      while (consume2.stream.read() != null) {
      }
    }
    function chunksDecode(chunks, length, encoding) {
      if (chunks.length === 0 || length === 0) {
        return "";
      }
      const buffer = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length);
      const bufferLength = buffer.length;
      const start = bufferLength > 2 && buffer[0] === 239 && buffer[1] === 187 && buffer[2] === 191 ? 3 : 0;
      if (!encoding || encoding === "utf8" || encoding === "utf-8") {
        return buffer.utf8Slice(start, bufferLength);
      } else {
        return buffer.subarray(start, bufferLength).toString(encoding);
      }
    }
    function chunksConcat(chunks, length) {
      if (chunks.length === 0 || length === 0) {
        return new Uint8Array(0);
      }
      if (chunks.length === 1) {
        return new Uint8Array(chunks[0]);
      }
      const buffer = new Uint8Array(Buffer.allocUnsafeSlow(length).buffer);
      let offset = 0;
      for (let i = 0; i < chunks.length; ++i) {
        const chunk = chunks[i];
        buffer.set(chunk, offset);
        offset += chunk.length;
      }
      return buffer;
    }
    function consumeEnd(consume2, encoding) {
      const { type, body, resolve: resolve3, stream, length } = consume2;
      try {
        if (type === "text") {
          resolve3(chunksDecode(body, length, encoding));
        } else if (type === "json") {
          resolve3(JSON.parse(chunksDecode(body, length, encoding)));
        } else if (type === "arrayBuffer") {
          resolve3(chunksConcat(body, length).buffer);
        } else if (type === "blob") {
          resolve3(new Blob(body, { type: stream[kContentType] }));
        } else if (type === "bytes") {
          resolve3(chunksConcat(body, length));
        }
        consumeFinish(consume2);
      } catch (err) {
        stream.destroy(err);
      }
    }
    function consumePush(consume2, chunk) {
      consume2.length += chunk.length;
      consume2.body.push(chunk);
    }
    function consumeFinish(consume2, err) {
      if (consume2.body === null) {
        return;
      }
      if (err) {
        consume2.reject(err);
      } else {
        consume2.resolve();
      }
      consume2.type = null;
      consume2.stream = null;
      consume2.resolve = null;
      consume2.reject = null;
      consume2.length = 0;
      consume2.body = null;
    }
    module.exports = {
      Readable: BodyReadable,
      chunksDecode
    };
  }
});

// node_modules/undici/lib/api/api-request.js
var require_api_request = __commonJS({
  "node_modules/undici/lib/api/api-request.js"(exports, module) {
    "use strict";
    var assert = __require("node:assert");
    var { AsyncResource } = __require("node:async_hooks");
    var { Readable: Readable7 } = require_readable();
    var { InvalidArgumentError, RequestAbortedError } = require_errors();
    var util = require_util();
    function noop() {
    }
    var RequestHandler = class extends AsyncResource {
      constructor(opts, callback) {
        if (!opts || typeof opts !== "object") {
          throw new InvalidArgumentError("invalid opts");
        }
        const { signal, method, opaque, body, onInfo, responseHeaders, highWaterMark } = opts;
        try {
          if (typeof callback !== "function") {
            throw new InvalidArgumentError("invalid callback");
          }
          if (highWaterMark != null && (!Number.isFinite(highWaterMark) || highWaterMark < 0)) {
            throw new InvalidArgumentError("invalid highWaterMark");
          }
          if (signal && typeof signal.on !== "function" && typeof signal.addEventListener !== "function") {
            throw new InvalidArgumentError("signal must be an EventEmitter or EventTarget");
          }
          if (method === "CONNECT") {
            throw new InvalidArgumentError("invalid method");
          }
          if (onInfo && typeof onInfo !== "function") {
            throw new InvalidArgumentError("invalid onInfo callback");
          }
          super("UNDICI_REQUEST");
        } catch (err) {
          if (util.isStream(body)) {
            util.destroy(body.on("error", noop), err);
          }
          throw err;
        }
        this.method = method;
        this.responseHeaders = responseHeaders || null;
        this.opaque = opaque || null;
        this.callback = callback;
        this.res = null;
        this.abort = null;
        this.body = body;
        this.trailers = {};
        this.context = null;
        this.onInfo = onInfo || null;
        this.highWaterMark = highWaterMark;
        this.reason = null;
        this.removeAbortListener = null;
        if (signal?.aborted) {
          this.reason = signal.reason ?? new RequestAbortedError();
        } else if (signal) {
          this.removeAbortListener = util.addAbortListener(signal, () => {
            this.reason = signal.reason ?? new RequestAbortedError();
            if (this.res) {
              util.destroy(this.res.on("error", noop), this.reason);
            } else if (this.abort) {
              this.abort(this.reason);
            }
          });
        }
      }
      onConnect(abort, context) {
        if (this.reason) {
          abort(this.reason);
          return;
        }
        assert(this.callback);
        this.abort = abort;
        this.context = context;
      }
      onHeaders(statusCode, rawHeaders, resume, statusMessage) {
        const { callback, opaque, abort, context, responseHeaders, highWaterMark } = this;
        const headers = responseHeaders === "raw" ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
        if (statusCode < 200) {
          if (this.onInfo) {
            this.onInfo({ statusCode, headers });
          }
          return;
        }
        const parsedHeaders = responseHeaders === "raw" ? util.parseHeaders(rawHeaders) : headers;
        const contentType = parsedHeaders["content-type"];
        const contentLength = parsedHeaders["content-length"];
        const res = new Readable7({
          resume,
          abort,
          contentType,
          contentLength: this.method !== "HEAD" && contentLength ? Number(contentLength) : null,
          highWaterMark
        });
        if (this.removeAbortListener) {
          res.on("close", this.removeAbortListener);
          this.removeAbortListener = null;
        }
        this.callback = null;
        this.res = res;
        if (callback !== null) {
          try {
            this.runInAsyncScope(callback, null, null, {
              statusCode,
              statusText: statusMessage,
              headers,
              trailers: this.trailers,
              opaque,
              body: res,
              context
            });
          } catch (err) {
            this.res = null;
            util.destroy(res.on("error", noop), err);
            queueMicrotask(() => {
              throw err;
            });
          }
        }
      }
      onData(chunk) {
        return this.res.push(chunk);
      }
      onComplete(trailers) {
        util.parseHeaders(trailers, this.trailers);
        this.res.push(null);
      }
      onError(err) {
        const { res, callback, body, opaque } = this;
        if (callback) {
          this.callback = null;
          queueMicrotask(() => {
            this.runInAsyncScope(callback, null, err, { opaque });
          });
        }
        if (res) {
          this.res = null;
          queueMicrotask(() => {
            util.destroy(res.on("error", noop), err);
          });
        }
        if (body) {
          this.body = null;
          if (util.isStream(body)) {
            body.on("error", noop);
            util.destroy(body, err);
          }
        }
        if (this.removeAbortListener) {
          this.removeAbortListener();
          this.removeAbortListener = null;
        }
      }
    };
    function request(opts, callback) {
      if (callback === void 0) {
        return new Promise((resolve3, reject) => {
          request.call(this, opts, (err, data) => {
            return err ? reject(err) : resolve3(data);
          });
        });
      }
      try {
        const handler = new RequestHandler(opts, callback);
        this.dispatch(opts, handler);
      } catch (err) {
        if (typeof callback !== "function") {
          throw err;
        }
        const opaque = opts?.opaque;
        queueMicrotask(() => callback(err, { opaque }));
      }
    }
    module.exports = request;
    module.exports.RequestHandler = RequestHandler;
  }
});

// node_modules/events-universal/default.js
var require_default = __commonJS({
  "node_modules/events-universal/default.js"(exports, module) {
    module.exports = __require("events");
  }
});

// node_modules/fast-fifo/fixed-size.js
var require_fixed_size = __commonJS({
  "node_modules/fast-fifo/fixed-size.js"(exports, module) {
    module.exports = class FixedFIFO {
      constructor(hwm) {
        if (!(hwm > 0) || (hwm - 1 & hwm) !== 0) throw new Error("Max size for a FixedFIFO should be a power of two");
        this.buffer = new Array(hwm);
        this.mask = hwm - 1;
        this.top = 0;
        this.btm = 0;
        this.next = null;
      }
      clear() {
        this.top = this.btm = 0;
        this.next = null;
        this.buffer.fill(void 0);
      }
      push(data) {
        if (this.buffer[this.top] !== void 0) return false;
        this.buffer[this.top] = data;
        this.top = this.top + 1 & this.mask;
        return true;
      }
      shift() {
        const last = this.buffer[this.btm];
        if (last === void 0) return void 0;
        this.buffer[this.btm] = void 0;
        this.btm = this.btm + 1 & this.mask;
        return last;
      }
      peek() {
        return this.buffer[this.btm];
      }
      isEmpty() {
        return this.buffer[this.btm] === void 0;
      }
    };
  }
});

// node_modules/fast-fifo/index.js
var require_fast_fifo = __commonJS({
  "node_modules/fast-fifo/index.js"(exports, module) {
    var FixedFIFO = require_fixed_size();
    module.exports = class FastFIFO {
      constructor(hwm) {
        this.hwm = hwm || 16;
        this.head = new FixedFIFO(this.hwm);
        this.tail = this.head;
        this.length = 0;
      }
      clear() {
        this.head = this.tail;
        this.head.clear();
        this.length = 0;
      }
      push(val) {
        this.length++;
        if (!this.head.push(val)) {
          const prev = this.head;
          this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length);
          this.head.push(val);
        }
      }
      shift() {
        if (this.length !== 0) this.length--;
        const val = this.tail.shift();
        if (val === void 0 && this.tail.next) {
          const next = this.tail.next;
          this.tail.next = null;
          this.tail = next;
          return this.tail.shift();
        }
        return val;
      }
      peek() {
        const val = this.tail.peek();
        if (val === void 0 && this.tail.next) return this.tail.next.peek();
        return val;
      }
      isEmpty() {
        return this.length === 0;
      }
    };
  }
});

// node_modules/b4a/index.js
var require_b4a = __commonJS({
  "node_modules/b4a/index.js"(exports, module) {
    function isBuffer2(value) {
      return Buffer.isBuffer(value) || value instanceof Uint8Array;
    }
    function isEncoding(encoding) {
      return Buffer.isEncoding(encoding);
    }
    function alloc(size, fill2, encoding) {
      return Buffer.alloc(size, fill2, encoding);
    }
    function allocUnsafe(size) {
      return Buffer.allocUnsafe(size);
    }
    function allocUnsafeSlow(size) {
      return Buffer.allocUnsafeSlow(size);
    }
    function byteLength(string, encoding) {
      return Buffer.byteLength(string, encoding);
    }
    function compare(a, b) {
      return Buffer.compare(a, b);
    }
    function concat(buffers, totalLength) {
      return Buffer.concat(buffers, totalLength);
    }
    function copy(source, target, targetStart, start, end) {
      return toBuffer(source).copy(target, targetStart, start, end);
    }
    function equals(a, b) {
      return toBuffer(a).equals(b);
    }
    function fill(buffer, value, offset, end, encoding) {
      return toBuffer(buffer).fill(value, offset, end, encoding);
    }
    function from(value, encodingOrOffset, length) {
      return Buffer.from(value, encodingOrOffset, length);
    }
    function includes(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).includes(value, byteOffset, encoding);
    }
    function indexOf(buffer, value, byfeOffset, encoding) {
      return toBuffer(buffer).indexOf(value, byfeOffset, encoding);
    }
    function lastIndexOf(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding);
    }
    function swap16(buffer) {
      return toBuffer(buffer).swap16();
    }
    function swap32(buffer) {
      return toBuffer(buffer).swap32();
    }
    function swap64(buffer) {
      return toBuffer(buffer).swap64();
    }
    function toBuffer(buffer) {
      if (Buffer.isBuffer(buffer)) return buffer;
      return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    function toString(buffer, encoding, start, end) {
      return toBuffer(buffer).toString(encoding, start, end);
    }
    function toHex(buffer, start, end) {
      return toBuffer(buffer).toString("hex", start, end);
    }
    function write(buffer, string, offset, length, encoding) {
      return toBuffer(buffer).write(string, offset, length, encoding);
    }
    function readDoubleBE(buffer, offset) {
      return toBuffer(buffer).readDoubleBE(offset);
    }
    function readDoubleLE(buffer, offset) {
      return toBuffer(buffer).readDoubleLE(offset);
    }
    function readFloatBE(buffer, offset) {
      return toBuffer(buffer).readFloatBE(offset);
    }
    function readFloatLE(buffer, offset) {
      return toBuffer(buffer).readFloatLE(offset);
    }
    function readInt32BE(buffer, offset) {
      return toBuffer(buffer).readInt32BE(offset);
    }
    function readInt32LE(buffer, offset) {
      return toBuffer(buffer).readInt32LE(offset);
    }
    function readUInt32BE(buffer, offset) {
      return toBuffer(buffer).readUInt32BE(offset);
    }
    function readUInt32LE(buffer, offset) {
      return toBuffer(buffer).readUInt32LE(offset);
    }
    function writeDoubleBE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleBE(value, offset);
    }
    function writeDoubleLE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleLE(value, offset);
    }
    function writeFloatBE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatBE(value, offset);
    }
    function writeFloatLE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatLE(value, offset);
    }
    function writeInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32BE(value, offset);
    }
    function writeInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32LE(value, offset);
    }
    function writeUInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32BE(value, offset);
    }
    function writeUInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32LE(value, offset);
    }
    module.exports = {
      isBuffer: isBuffer2,
      isEncoding,
      alloc,
      allocUnsafe,
      allocUnsafeSlow,
      byteLength,
      compare,
      concat,
      copy,
      equals,
      fill,
      from,
      includes,
      indexOf,
      lastIndexOf,
      swap16,
      swap32,
      swap64,
      toBuffer,
      toString,
      toHex,
      write,
      readDoubleBE,
      readDoubleLE,
      readFloatBE,
      readFloatLE,
      readInt32BE,
      readInt32LE,
      readUInt32BE,
      readUInt32LE,
      writeDoubleBE,
      writeDoubleLE,
      writeFloatBE,
      writeFloatLE,
      writeInt32BE,
      writeInt32LE,
      writeUInt32BE,
      writeUInt32LE
    };
  }
});

// node_modules/text-decoder/lib/pass-through-decoder.js
var require_pass_through_decoder = __commonJS({
  "node_modules/text-decoder/lib/pass-through-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class PassThroughDecoder {
      constructor(encoding) {
        this.encoding = encoding;
      }
      get remaining() {
        return 0;
      }
      decode(data) {
        return b4a.toString(data, this.encoding);
      }
      flush() {
        return "";
      }
    };
  }
});

// node_modules/text-decoder/lib/utf8-decoder.js
var require_utf8_decoder = __commonJS({
  "node_modules/text-decoder/lib/utf8-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class UTF8Decoder {
      constructor() {
        this._reset();
      }
      get remaining() {
        return this.bytesSeen;
      }
      decode(data) {
        if (data.byteLength === 0) return "";
        if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
          this.bytesSeen = trailingBytesSeen(data);
          return b4a.toString(data, "utf8");
        }
        let result = "";
        let start = 0;
        if (this.bytesNeeded > 0) {
          while (start < data.byteLength) {
            const byte = data[start];
            if (byte < this.lowerBoundary || byte > this.upperBoundary) {
              result += "\uFFFD";
              this._reset();
              break;
            }
            this.lowerBoundary = 128;
            this.upperBoundary = 191;
            this.codePoint = this.codePoint << 6 | byte & 63;
            this.bytesSeen++;
            start++;
            if (this.bytesSeen === this.bytesNeeded) {
              result += String.fromCodePoint(this.codePoint);
              this._reset();
              break;
            }
          }
          if (this.bytesNeeded > 0) return result;
        }
        const trailing = trailingIncomplete(data, start);
        const end = data.byteLength - trailing;
        if (end > start) result += b4a.toString(data, "utf8", start, end);
        for (let i = end; i < data.byteLength; i++) {
          const byte = data[i];
          if (this.bytesNeeded === 0) {
            if (byte <= 127) {
              this.bytesSeen = 0;
              result += String.fromCharCode(byte);
            } else if (byte >= 194 && byte <= 223) {
              this.bytesNeeded = 2;
              this.bytesSeen = 1;
              this.codePoint = byte & 31;
            } else if (byte >= 224 && byte <= 239) {
              if (byte === 224) this.lowerBoundary = 160;
              else if (byte === 237) this.upperBoundary = 159;
              this.bytesNeeded = 3;
              this.bytesSeen = 1;
              this.codePoint = byte & 15;
            } else if (byte >= 240 && byte <= 244) {
              if (byte === 240) this.lowerBoundary = 144;
              else if (byte === 244) this.upperBoundary = 143;
              this.bytesNeeded = 4;
              this.bytesSeen = 1;
              this.codePoint = byte & 7;
            } else {
              this.bytesSeen = 1;
              result += "\uFFFD";
            }
            continue;
          }
          if (byte < this.lowerBoundary || byte > this.upperBoundary) {
            result += "\uFFFD";
            i--;
            this._reset();
            continue;
          }
          this.lowerBoundary = 128;
          this.upperBoundary = 191;
          this.codePoint = this.codePoint << 6 | byte & 63;
          this.bytesSeen++;
          if (this.bytesSeen === this.bytesNeeded) {
            result += String.fromCodePoint(this.codePoint);
            this._reset();
          }
        }
        return result;
      }
      flush() {
        const result = this.bytesNeeded > 0 ? "\uFFFD" : "";
        this._reset();
        return result;
      }
      _reset() {
        this.codePoint = 0;
        this.bytesNeeded = 0;
        this.bytesSeen = 0;
        this.lowerBoundary = 128;
        this.upperBoundary = 191;
      }
    };
    function trailingIncomplete(data, start) {
      const len = data.byteLength;
      if (len <= start) return 0;
      const limit = Math.max(start, len - 4);
      let i = len - 1;
      while (i > limit && (data[i] & 192) === 128) i--;
      if (i < start) return 0;
      const byte = data[i];
      let needed;
      if (byte <= 127) return 0;
      if (byte >= 194 && byte <= 223) needed = 2;
      else if (byte >= 224 && byte <= 239) needed = 3;
      else if (byte >= 240 && byte <= 244) needed = 4;
      else return 0;
      const available = len - i;
      return available < needed ? available : 0;
    }
    function trailingBytesSeen(data) {
      const len = data.byteLength;
      if (len === 0) return 0;
      const last = data[len - 1];
      if (last <= 127) return 0;
      if ((last & 192) !== 128) return 1;
      const limit = Math.max(0, len - 4);
      let i = len - 2;
      while (i >= limit && (data[i] & 192) === 128) i--;
      if (i < 0) return 1;
      const first = data[i];
      let needed;
      if (first >= 194 && first <= 223) needed = 2;
      else if (first >= 224 && first <= 239) needed = 3;
      else if (first >= 240 && first <= 244) needed = 4;
      else return 1;
      if (len - i !== needed) return 1;
      if (needed >= 3) {
        const second = data[i + 1];
        if (first === 224 && second < 160) return 1;
        if (first === 237 && second > 159) return 1;
        if (first === 240 && second < 144) return 1;
        if (first === 244 && second > 143) return 1;
      }
      return 0;
    }
  }
});

// node_modules/text-decoder/index.js
var require_text_decoder = __commonJS({
  "node_modules/text-decoder/index.js"(exports, module) {
    var PassThroughDecoder = require_pass_through_decoder();
    var UTF8Decoder = require_utf8_decoder();
    module.exports = class TextDecoder {
      constructor(encoding = "utf8") {
        this.encoding = normalizeEncoding(encoding);
        switch (this.encoding) {
          case "utf8":
            this.decoder = new UTF8Decoder();
            break;
          case "utf16le":
          case "base64":
            throw new Error("Unsupported encoding: " + this.encoding);
          default:
            this.decoder = new PassThroughDecoder(this.encoding);
        }
      }
      get remaining() {
        return this.decoder.remaining;
      }
      push(data) {
        if (typeof data === "string") return data;
        return this.decoder.decode(data);
      }
      // For Node.js compatibility
      write(data) {
        return this.push(data);
      }
      end(data) {
        let result = "";
        if (data) result = this.push(data);
        result += this.decoder.flush();
        return result;
      }
    };
    function normalizeEncoding(encoding) {
      encoding = encoding.toLowerCase();
      switch (encoding) {
        case "utf8":
        case "utf-8":
          return "utf8";
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
          return "utf16le";
        case "latin1":
        case "binary":
          return "latin1";
        case "base64":
        case "ascii":
        case "hex":
          return encoding;
        default:
          throw new Error("Unknown encoding: " + encoding);
      }
    }
  }
});

// node_modules/streamx/lib/errors.js
var require_errors2 = __commonJS({
  "node_modules/streamx/lib/errors.js"(exports, module) {
    module.exports = class StreamError extends Error {
      constructor(msg, code, fn = StreamError) {
        super(msg);
        this.code = code;
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, fn);
        }
      }
      static isStreamDestroyed(err) {
        return err && err.code === "STREAM_DESTROYED";
      }
      static isPrematureClose(err) {
        return err && err.code === "PREMATURE_CLOSE";
      }
      static isAborted(err) {
        return err && err.code === "ABORTED";
      }
      static isBadArgument(err) {
        return err && err.code === "BAD_ARGUMENT";
      }
      get name() {
        return "StreamError";
      }
      static STREAM_DESTROYED() {
        return new StreamError("Stream was destroyed", "STREAM_DESTROYED", StreamError.STREAM_DESTROYED);
      }
      static PREMATURE_CLOSE(msg = "Premature close") {
        return new StreamError(msg, "PREMATURE_CLOSE", StreamError.PREMATURE_CLOSE);
      }
      static ABORTED() {
        return new StreamError("Stream aborted", "ABORTED", StreamError.ABORTED);
      }
      static BAD_ARGUMENT(msg = "Bad argument") {
        return new StreamError(msg, "BAD_ARGUMENT", StreamError.BAD_ARGUMENT);
      }
    };
  }
});

// node_modules/streamx/index.js
var require_streamx = __commonJS({
  "node_modules/streamx/index.js"(exports, module) {
    var { EventEmitter: EventEmitter2 } = require_default();
    var FIFO = require_fast_fifo();
    var TextDecoder2 = require_text_decoder();
    var StreamError = require_errors2();
    var qmt = typeof queueMicrotask === "undefined" ? (fn) => global.process.nextTick(fn) : queueMicrotask;
    var MAX = (1 << 29) - 1;
    var OPENING = 1;
    var PREDESTROYING = 2;
    var DESTROYING = 4;
    var DESTROYED = 8;
    var NOT_OPENING = MAX ^ OPENING;
    var NOT_PREDESTROYING = MAX ^ PREDESTROYING;
    var READ_ACTIVE = 1 << 4;
    var READ_UPDATING = 2 << 4;
    var READ_PRIMARY = 4 << 4;
    var READ_QUEUED = 8 << 4;
    var READ_RESUMED = 16 << 4;
    var READ_PIPE_DRAINED = 32 << 4;
    var READ_ENDING = 64 << 4;
    var READ_EMIT_DATA = 128 << 4;
    var READ_EMIT_READABLE = 256 << 4;
    var READ_EMITTED_READABLE = 512 << 4;
    var READ_DONE = 1024 << 4;
    var READ_NEXT_TICK = 2048 << 4;
    var READ_NEEDS_PUSH = 4096 << 4;
    var READ_READ_AHEAD = 8192 << 4;
    var READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED;
    var READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH;
    var READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE;
    var READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED;
    var READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD;
    var READ_NOT_ACTIVE = MAX ^ READ_ACTIVE;
    var READ_NON_PRIMARY = MAX ^ READ_PRIMARY;
    var READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH);
    var READ_PUSHED = MAX ^ READ_NEEDS_PUSH;
    var READ_PAUSED = MAX ^ READ_RESUMED;
    var READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE);
    var READ_NOT_ENDING = MAX ^ READ_ENDING;
    var READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING;
    var READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK;
    var READ_NOT_UPDATING = MAX ^ READ_UPDATING;
    var READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD;
    var READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD;
    var WRITE_ACTIVE = 1 << 18;
    var WRITE_UPDATING = 2 << 18;
    var WRITE_PRIMARY = 4 << 18;
    var WRITE_QUEUED = 8 << 18;
    var WRITE_UNDRAINED = 16 << 18;
    var WRITE_DONE = 32 << 18;
    var WRITE_EMIT_DRAIN = 64 << 18;
    var WRITE_NEXT_TICK = 128 << 18;
    var WRITE_WRITING = 256 << 18;
    var WRITE_FINISHING = 512 << 18;
    var WRITE_CORKED = 1024 << 18;
    var WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING);
    var WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY;
    var WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING);
    var WRITE_DRAINED = MAX ^ WRITE_UNDRAINED;
    var WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED;
    var WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK;
    var WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING;
    var WRITE_NOT_CORKED = MAX ^ WRITE_CORKED;
    var ACTIVE = READ_ACTIVE | WRITE_ACTIVE;
    var NOT_ACTIVE = MAX ^ ACTIVE;
    var DONE = READ_DONE | WRITE_DONE;
    var DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING;
    var OPEN_STATUS = DESTROY_STATUS | OPENING;
    var AUTO_DESTROY = DESTROY_STATUS | DONE;
    var NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY;
    var ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK;
    var TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE;
    var IS_OPENING = OPEN_STATUS | TICKING;
    var READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE;
    var READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED;
    var READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED;
    var READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE;
    var SHOULD_NOT_READ = OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD;
    var READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE;
    var READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY;
    var READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING;
    var WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED;
    var WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE;
    var WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE;
    var WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED;
    var WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE;
    var WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING;
    var WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE;
    var WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY;
    var WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS;
    var asyncIterator = Symbol.asyncIterator || /* @__PURE__ */ Symbol("asyncIterator");
    var WritableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark;
        this.buffered = 0;
        this.error = null;
        this.pipeline = null;
        this.drains = null;
        this.byteLength = byteLengthWritable || byteLength || defaultByteLength;
        this.map = mapWritable || map;
        this.afterWrite = afterWrite.bind(this);
        this.afterUpdateNextTick = updateWriteNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & WRITE_FINISHING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & WRITE_DONE) !== 0;
      }
      push(data) {
        if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false;
        if (this.map !== null) data = this.map(data);
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        if (this.buffered < this.highWaterMark) {
          this.stream._duplexState |= WRITE_QUEUED;
          return true;
        }
        this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED;
        return false;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED;
        return data;
      }
      end(data) {
        if (typeof data === "function") {
          this.stream.once("finish", data);
        } else if (data !== void 0 && data !== null) {
          this.push(data);
        }
        this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY;
      }
      autoBatch(data, cb) {
        const buffer = [];
        const stream = this.stream;
        buffer.push(data);
        while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
          buffer.push(stream._writableState.shift());
        }
        if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null);
        stream._writev(buffer, cb);
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= WRITE_UPDATING;
        do {
          while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
            const data = this.shift();
            stream._duplexState |= WRITE_ACTIVE_AND_WRITING;
            stream._write(data, this.afterWrite);
          }
          if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary();
        } while (this.continueUpdate() === true);
        stream._duplexState &= WRITE_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
          stream._duplexState = stream._duplexState | WRITE_ACTIVE;
          stream._final(afterFinal.bind(this));
          return;
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTick() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= WRITE_NEXT_TICK;
        if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var ReadableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark;
        this.buffered = 0;
        this.readAhead = highWaterMark > 0;
        this.error = null;
        this.pipeline = null;
        this.byteLength = byteLengthReadable || byteLength || defaultByteLength;
        this.map = mapReadable || map;
        this.pipeTo = null;
        this.afterRead = afterRead.bind(this);
        this.afterUpdateNextTick = updateReadNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & READ_ENDING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & READ_DONE) !== 0;
      }
      pipe(pipeTo, cb) {
        if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT("Can only pipe to one destination");
        if (typeof cb !== "function") cb = null;
        this.stream._duplexState |= READ_PIPE_DRAINED;
        this.pipeTo = pipeTo;
        this.pipeline = new Pipeline(this.stream, pipeTo, cb);
        if (cb) this.stream.on("error", noop);
        if (isStreamx(pipeTo)) {
          pipeTo._writableState.pipeline = this.pipeline;
          if (cb) pipeTo.on("error", noop);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        } else {
          const onerror = this.pipeline.done.bind(this.pipeline, pipeTo);
          const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null);
          pipeTo.on("error", onerror);
          pipeTo.on("close", onclose);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        }
        pipeTo.on("drain", afterDrain.bind(this));
        this.stream.emit("piping", pipeTo);
        pipeTo.emit("pipe", this.stream);
      }
      push(data) {
        const stream = this.stream;
        if (data === null) {
          this.highWaterMark = 0;
          stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED;
          return false;
        }
        if (this.map !== null) {
          data = this.map(data);
          if (data === null) {
            stream._duplexState &= READ_PUSHED;
            return this.buffered < this.highWaterMark;
          }
        }
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED;
        return this.buffered < this.highWaterMark;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) {
          this.stream._duplexState &= READ_NOT_QUEUED;
        }
        return data;
      }
      unshift(data) {
        const pending = [this.map !== null ? this.map(data) : data];
        while (this.buffered > 0) pending.push(this.shift());
        for (let i = 0; i < pending.length - 1; i++) {
          const data2 = pending[i];
          this.buffered += this.byteLength(data2);
          this.queue.push(data2);
        }
        this.push(pending[pending.length - 1]);
      }
      read() {
        const stream = this.stream;
        if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
          return data;
        }
        if (this.readAhead === false) {
          stream._duplexState |= READ_READ_AHEAD;
          this.updateNextTick();
        }
        return null;
      }
      drain() {
        const stream = this.stream;
        while ((stream._duplexState & READ_STATUS) === READ_QUEUED && (stream._duplexState & READ_FLOWING) !== 0) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
        }
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= READ_UPDATING;
        do {
          this.drain();
          while (this.buffered < this.highWaterMark && (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD) {
            stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH;
            stream._read(this.afterRead);
            this.drain();
          }
          if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
            stream._duplexState |= READ_EMITTED_READABLE;
            stream.emit("readable");
          }
          if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
            this.updateNonPrimary();
          }
        } while (this.continueUpdate() === true);
        stream._duplexState &= READ_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
          stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING;
          stream.emit("end");
          if ((stream._duplexState & AUTO_DESTROY) === DONE) {
            stream._duplexState |= DESTROYING;
          }
          if (this.pipeTo !== null) {
            this.pipeTo.end();
          }
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTickIfOpen() {
        if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
      updateNextTick() {
        if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var TransformState = class {
      constructor(stream) {
        this.data = null;
        this.afterTransform = afterTransform.bind(stream);
        this.afterFinal = null;
      }
    };
    var Pipeline = class {
      constructor(src, dst, cb) {
        this.from = src;
        this.to = dst;
        this.afterPipe = cb;
        this.error = null;
        this.pipeToFinished = false;
      }
      finished() {
        this.pipeToFinished = true;
      }
      done(stream, err) {
        if (err) this.error = err;
        if (stream === this.to) {
          this.to = null;
          if (this.from !== null) {
            if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
              this.from.destroy(this.error || StreamError.PREMATURE_CLOSE("Writable stream closed"));
            }
            return;
          }
        }
        if (stream === this.from) {
          this.from = null;
          if (this.to !== null) {
            if ((stream._duplexState & READ_DONE) === 0) {
              this.to.destroy(this.error || StreamError.PREMATURE_CLOSE("Readable stream closed"));
            }
            return;
          }
        }
        if (this.afterPipe !== null) this.afterPipe(this.error);
        this.to = this.from = this.afterPipe = null;
      }
    };
    function afterDrain() {
      this.stream._duplexState |= READ_PIPE_DRAINED;
      this.updateCallback();
    }
    function afterFinal(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      if ((stream._duplexState & DESTROY_STATUS) === 0) {
        stream._duplexState |= WRITE_DONE;
        stream.emit("finish");
      }
      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING;
      }
      stream._duplexState &= WRITE_NOT_FINISHING;
      if ((stream._duplexState & WRITE_UPDATING) === 0) {
        this.update();
      } else {
        this.updateNextTick();
      }
    }
    function afterDestroy(err) {
      const stream = this.stream;
      if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error;
      if (err) stream.emit("error", err);
      stream._duplexState |= DESTROYED;
      stream.emit("close");
      const rs = stream._readableState;
      const ws = stream._writableState;
      if (rs !== null && rs.pipeline !== null) {
        rs.pipeline.done(stream, err);
      }
      if (ws !== null) {
        while (ws.drains !== null && ws.drains.length > 0) {
          ws.drains.shift().resolve(false);
        }
        if (ws.pipeline !== null) {
          ws.pipeline.done(stream, err);
        }
      }
    }
    function afterWrite(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      stream._duplexState &= WRITE_NOT_ACTIVE;
      if (this.drains !== null) tickDrains(this.drains);
      if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
        stream._duplexState &= WRITE_DRAINED;
        if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
          stream.emit("drain");
        }
      }
      this.updateCallback();
    }
    function afterRead(err) {
      if (err) this.stream.destroy(err);
      this.stream._duplexState &= READ_NOT_ACTIVE;
      if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
        this.stream._duplexState &= READ_NO_READ_AHEAD;
      }
      this.updateCallback();
    }
    function updateReadNT() {
      if ((this.stream._duplexState & READ_UPDATING) === 0) {
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        this.update();
      }
    }
    function updateWriteNT() {
      if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        this.update();
      }
    }
    function tickDrains(drains) {
      for (let i = 0; i < drains.length; i++) {
        if (--drains[i].writes === 0) {
          drains.shift().resolve(true);
          i--;
        }
      }
    }
    function afterOpen(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      if ((stream._duplexState & DESTROYING) === 0) {
        if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
          stream._duplexState |= READ_PRIMARY;
        }
        if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
          stream._duplexState |= WRITE_PRIMARY;
        }
        stream.emit("open");
      }
      stream._duplexState &= NOT_ACTIVE;
      if (stream._writableState !== null) {
        stream._writableState.updateCallback();
      }
      if (stream._readableState !== null) {
        stream._readableState.updateCallback();
      }
    }
    function afterTransform(err, data) {
      if (data !== void 0 && data !== null) this.push(data);
      this._writableState.afterWrite(err);
    }
    function newListener(name) {
      if (this._readableState !== null) {
        if (name === "data") {
          this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD;
          this._readableState.updateNextTick();
        }
        if (name === "readable") {
          this._duplexState |= READ_EMIT_READABLE;
          this._readableState.updateNextTick();
        }
      }
      if (this._writableState !== null) {
        if (name === "drain") {
          this._duplexState |= WRITE_EMIT_DRAIN;
          this._writableState.updateNextTick();
        }
      }
    }
    var Stream = class extends EventEmitter2 {
      constructor(opts) {
        super();
        this._duplexState = 0;
        this._readableState = null;
        this._writableState = null;
        if (opts) {
          if (opts.open) this._open = opts.open;
          if (opts.destroy) this._destroy = opts.destroy;
          if (opts.predestroy) this._predestroy = opts.predestroy;
          if (opts.signal) opts.signal.addEventListener("abort", abort.bind(this));
        }
        this.on("newListener", newListener);
      }
      _open(cb) {
        cb(null);
      }
      _destroy(cb) {
        cb(null);
      }
      _predestroy() {
      }
      get readable() {
        return this._readableState !== null ? true : void 0;
      }
      get writable() {
        return this._writableState !== null ? true : void 0;
      }
      get destroyed() {
        return (this._duplexState & DESTROYED) !== 0;
      }
      get destroying() {
        return (this._duplexState & DESTROY_STATUS) !== 0;
      }
      destroy(err) {
        if ((this._duplexState & DESTROY_STATUS) === 0) {
          if (!err) err = StreamError.STREAM_DESTROYED();
          this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY;
          if (this._readableState !== null) {
            this._readableState.highWaterMark = 0;
            this._readableState.error = err;
          }
          if (this._writableState !== null) {
            this._writableState.highWaterMark = 0;
            this._writableState.error = err;
          }
          this._duplexState |= PREDESTROYING;
          this._predestroy();
          this._duplexState &= NOT_PREDESTROYING;
          if (this._readableState !== null) {
            this._readableState.updateNextTick();
          }
          if (this._writableState !== null) {
            this._writableState.updateNextTick();
          }
        }
      }
    };
    var Readable7 = class _Readable extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD;
        this._readableState = new ReadableState(this, opts);
        if (opts) {
          if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD;
          if (opts.read) this._read = opts.read;
          if (opts.eagerOpen) this._readableState.updateNextTick();
          if (opts.encoding) this.setEncoding(opts.encoding);
        }
      }
      static deferred(fn, opts) {
        const out = new PassThrough7(opts);
        fn().then((src) => {
          if (src === null) return out.end();
          if (out.destroying) return;
          pipeline12(src, out, noop);
        }).catch((err) => out.destroy(err));
        return out;
      }
      setEncoding(encoding) {
        const dec = new TextDecoder2(encoding);
        const map = this._readableState.map || echo;
        this._readableState.map = mapOrSkip;
        return this;
        function mapOrSkip(data) {
          const next = dec.push(data);
          return next === "" && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next);
        }
      }
      _read(cb) {
        cb(null);
      }
      pipe(dest, cb) {
        this._readableState.updateNextTick();
        this._readableState.pipe(dest, cb);
        return dest;
      }
      read() {
        this._readableState.updateNextTick();
        return this._readableState.read();
      }
      push(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.push(data);
      }
      unshift(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.unshift(data);
      }
      resume() {
        this._duplexState |= READ_RESUMED_READ_AHEAD;
        this._readableState.updateNextTick();
        return this;
      }
      pause() {
        this._duplexState &= this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED;
        return this;
      }
      static _fromAsyncIterator(ite, opts) {
        let destroy;
        const rs = new _Readable({
          ...opts,
          read(cb) {
            ite.next().then(push).then(cb.bind(null, null)).catch(cb);
          },
          predestroy() {
            destroy = ite.return();
          },
          destroy(cb) {
            if (!destroy) return cb(null);
            destroy.then(cb.bind(null, null)).catch(cb);
          }
        });
        return rs;
        function push(data) {
          if (data.done) rs.push(null);
          else rs.push(data.value);
        }
      }
      static from(data, opts) {
        if (isReadStreamx(data)) return data;
        if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts);
        if (!Array.isArray(data)) data = data === void 0 ? [] : [data];
        let i = 0;
        return new _Readable({
          ...opts,
          read(cb) {
            this.push(i === data.length ? null : data[i++]);
            cb(null);
          }
        });
      }
      static isBackpressured(rs) {
        return (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 || rs._readableState.buffered >= rs._readableState.highWaterMark;
      }
      static isPaused(rs) {
        return (rs._duplexState & READ_RESUMED) === 0;
      }
      [asyncIterator]() {
        const stream = this;
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        this.on("error", (err) => {
          error = err;
        });
        this.on("readable", onreadable);
        this.on("close", onclose);
        return {
          [asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(function(resolve3, reject) {
              promiseResolve = resolve3;
              promiseReject = reject;
              const data = stream.read();
              if (data !== null) ondata(data);
              else if ((stream._duplexState & DESTROYED) !== 0) ondata(null);
            });
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function onreadable() {
          if (promiseResolve !== null) ondata(stream.read());
        }
        function onclose() {
          if (promiseResolve !== null) ondata(null);
        }
        function ondata(data) {
          if (promiseReject === null) return;
          if (error) {
            promiseReject(error);
          } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
            promiseReject(StreamError.STREAM_DESTROYED());
          } else {
            promiseResolve({ value: data, done: data === null });
          }
          promiseReject = promiseResolve = null;
        }
        function destroy(err) {
          stream.destroy(err);
          return new Promise((resolve3, reject) => {
            if (stream._duplexState & DESTROYED) return resolve3({ value: void 0, done: true });
            stream.once("close", function() {
              if (err) reject(err);
              else resolve3({ value: void 0, done: true });
            });
          });
        }
      }
    };
    var Writable3 = class extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | READ_DONE;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
          if (opts.eagerOpen) this._writableState.updateNextTick();
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      static isBackpressured(ws) {
        return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0;
      }
      static drained(ws) {
        if (ws.destroyed) return Promise.resolve(false);
        const state = ws._writableState;
        const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length;
        const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0);
        if (writes === 0) return Promise.resolve(true);
        if (state.drains === null) state.drains = [];
        return new Promise((resolve3) => {
          state.drains.push({ writes, resolve: resolve3 });
        });
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Duplex2 = class extends Readable7 {
      // and Writable
      constructor(opts) {
        super(opts);
        this._duplexState = OPENING | this._duplexState & READ_READ_AHEAD;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Transform11 = class extends Duplex2 {
      constructor(opts) {
        super(opts);
        this._transformState = new TransformState(this);
        if (opts) {
          if (opts.transform) this._transform = opts.transform;
          if (opts.flush) this._flush = opts.flush;
        }
      }
      _write(data, cb) {
        if (this._readableState.buffered >= this._readableState.highWaterMark) {
          this._transformState.data = data;
        } else {
          this._transform(data, this._transformState.afterTransform);
        }
      }
      _read(cb) {
        if (this._transformState.data !== null) {
          const data = this._transformState.data;
          this._transformState.data = null;
          cb(null);
          this._transform(data, this._transformState.afterTransform);
        } else {
          cb(null);
        }
      }
      destroy(err) {
        super.destroy(err);
        if (this._transformState.data !== null) {
          this._transformState.data = null;
          this._transformState.afterTransform();
        }
      }
      _transform(data, cb) {
        cb(null, data);
      }
      _flush(cb) {
        cb(null);
      }
      _final(cb) {
        this._transformState.afterFinal = cb;
        this._flush(transformAfterFlush.bind(this));
      }
    };
    var PassThrough7 = class extends Transform11 {
    };
    function transformAfterFlush(err, data) {
      const cb = this._transformState.afterFinal;
      if (err) return cb(err);
      if (data !== null && data !== void 0) this.push(data);
      this.push(null);
      cb(null);
    }
    function pipelinePromise(...streams) {
      return new Promise((resolve3, reject) => {
        return pipeline12(...streams, (err) => {
          if (err) return reject(err);
          resolve3();
        });
      });
    }
    function pipeline12(stream, ...streams) {
      const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams];
      const done = all.length && typeof all[all.length - 1] === "function" ? all.pop() : null;
      if (all.length < 2) throw StreamError.BAD_ARGUMENT("Pipeline requires at least 2 streams");
      let src = all[0];
      let dest = null;
      let error = null;
      for (let i = 1; i < all.length; i++) {
        dest = all[i];
        if (isStreamx(src)) {
          src.pipe(dest, onerror);
        } else {
          errorHandle(src, true, i > 1, onerror);
          src.pipe(dest);
        }
        src = dest;
      }
      if (done) {
        let fin = false;
        const autoDestroy = isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy);
        dest.on("error", (err) => {
          if (error === null) error = err;
        });
        dest.on("finish", () => {
          fin = true;
          if (!autoDestroy) done(error);
        });
        if (autoDestroy) {
          dest.on("close", () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())));
        }
      }
      return dest;
      function errorHandle(s, rd, wr, onerror2) {
        s.on("error", onerror2);
        s.on("close", onclose);
        function onclose() {
          if (rd && s._readableState && !s._readableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
          if (wr && s._writableState && !s._writableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
        }
      }
      function onerror(err) {
        if (!err || error) return;
        error = err;
        for (const s of all) {
          s.destroy(err);
        }
      }
    }
    function echo(s) {
      return s;
    }
    function isStream(stream) {
      return !!stream._readableState || !!stream._writableState;
    }
    function isStreamx(stream) {
      return typeof stream._duplexState === "number" && isStream(stream);
    }
    function isEnding(stream) {
      return !!stream._readableState && stream._readableState.ending;
    }
    function isEnded(stream) {
      return !!stream._readableState && stream._readableState.ended;
    }
    function isFinishing(stream) {
      return !!stream._writableState && stream._writableState.ending;
    }
    function isFinished(stream) {
      return !!stream._writableState && stream._writableState.ended;
    }
    function getStreamError(stream, opts = {}) {
      const err = stream._readableState && stream._readableState.error || stream._writableState && stream._writableState.error;
      return !opts.all && StreamError.isStreamDestroyed(err) ? null : err;
    }
    function isReadStreamx(stream) {
      return isStreamx(stream) && stream.readable;
    }
    function isDisturbed(stream) {
      return (stream._duplexState & OPENING) !== OPENING || (stream._duplexState & DESTROYING) === DESTROYING || (stream._duplexState & ACTIVE_OR_TICKING) !== 0;
    }
    function isTypedArray2(data) {
      return typeof data === "object" && data !== null && typeof data.byteLength === "number";
    }
    function defaultByteLength(data) {
      return isTypedArray2(data) ? data.byteLength : 1024;
    }
    function noop() {
    }
    function abort() {
      this.destroy(StreamError.ABORTED());
    }
    function isWritev(s) {
      return s._writev !== Writable3.prototype._writev && s._writev !== Duplex2.prototype._writev;
    }
    module.exports = {
      pipeline: pipeline12,
      pipelinePromise,
      isStream,
      isStreamx,
      isEnding,
      isEnded,
      isFinishing,
      isFinished,
      isDisturbed,
      getStreamError,
      Stream,
      Writable: Writable3,
      Readable: Readable7,
      Duplex: Duplex2,
      Transform: Transform11,
      // Export PassThrough for compatibility with Node.js core's stream module
      PassThrough: PassThrough7
    };
  }
});

// node_modules/tar-stream/headers.js
var require_headers = __commonJS({
  "node_modules/tar-stream/headers.js"(exports) {
    var b4a = require_b4a();
    var ZEROS2 = "0000000000000000000";
    var SEVENS = "7777777777777777777";
    var ZERO_OFFSET = "0".charCodeAt(0);
    var USTAR_MAGIC = b4a.from([117, 115, 116, 97, 114, 0]);
    var USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET]);
    var GNU_MAGIC = b4a.from([117, 115, 116, 97, 114, 32]);
    var GNU_VER = b4a.from([32, 0]);
    var MASK = 4095;
    var MAGIC_OFFSET = 257;
    var VERSION_OFFSET = 263;
    exports.decodeLongPath = function decodeLongPath(buf, encoding) {
      return decodeStr(buf, 0, buf.length, encoding);
    };
    exports.encodePax = function encodePax(opts) {
      let result = "";
      if (opts.name) result += addLength(" path=" + opts.name + "\n");
      if (opts.linkname) result += addLength(" linkpath=" + opts.linkname + "\n");
      const pax = opts.pax;
      if (pax) {
        for (const key2 in pax) {
          result += addLength(" " + key2 + "=" + pax[key2] + "\n");
        }
      }
      return b4a.from(result);
    };
    exports.decodePax = function decodePax(buf) {
      const result = {};
      while (buf.length) {
        let i = 0;
        while (i < buf.length && buf[i] !== 32) i++;
        const len = parseInt(b4a.toString(buf.subarray(0, i)), 10);
        if (!len) return result;
        const b = b4a.toString(buf.subarray(i + 1, len - 1));
        const keyIndex = b.indexOf("=");
        if (keyIndex === -1) return result;
        result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1);
        buf = buf.subarray(len);
      }
      return result;
    };
    exports.encode = function encode(opts) {
      const buf = b4a.alloc(512);
      let name = opts.name;
      let prefix = "";
      if (opts.typeflag === 5 && name[name.length - 1] !== "/") name += "/";
      if (b4a.byteLength(name) !== name.length) return null;
      while (b4a.byteLength(name) > 100) {
        const i = name.indexOf("/");
        if (i === -1) return null;
        prefix += prefix ? "/" + name.slice(0, i) : name.slice(0, i);
        name = name.slice(i + 1);
      }
      if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null;
      if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null;
      b4a.write(buf, name);
      b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100);
      b4a.write(buf, encodeOct(opts.uid, 6), 108);
      b4a.write(buf, encodeOct(opts.gid, 6), 116);
      encodeSize(opts.size, buf, 124);
      b4a.write(buf, encodeOct(opts.mtime.getTime() / 1e3 | 0, 11), 136);
      buf[156] = ZERO_OFFSET + toTypeflag(opts.type);
      if (opts.linkname) b4a.write(buf, opts.linkname, 157);
      b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET);
      b4a.copy(USTAR_VER, buf, VERSION_OFFSET);
      if (opts.uname) b4a.write(buf, opts.uname, 265);
      if (opts.gname) b4a.write(buf, opts.gname, 297);
      b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329);
      b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337);
      if (prefix) b4a.write(buf, prefix, 345);
      b4a.write(buf, encodeOct(cksum(buf), 6), 148);
      return buf;
    };
    exports.decode = function decode(buf, filenameEncoding, allowUnknownFormat) {
      let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET;
      let name = decodeStr(buf, 0, 100, filenameEncoding);
      const mode = decodeOct(buf, 100, 8);
      const uid = decodeOct(buf, 108, 8);
      const gid = decodeOct(buf, 116, 8);
      const size = decodeOct(buf, 124, 12);
      const mtime = decodeOct(buf, 136, 12);
      const type = toType(typeflag);
      const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding);
      const uname = decodeStr(buf, 265, 32);
      const gname = decodeStr(buf, 297, 32);
      const devmajor = decodeOct(buf, 329, 8);
      const devminor = decodeOct(buf, 337, 8);
      const c = cksum(buf);
      if (c === 8 * 32) return null;
      if (c !== decodeOct(buf, 148, 8)) throw new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
      if (isUSTAR(buf)) {
        if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + "/" + name;
      } else if (isGNU(buf)) {
      } else {
        if (!allowUnknownFormat) {
          throw new Error("Invalid tar header: unknown format.");
        }
      }
      if (typeflag === 0 && name && name[name.length - 1] === "/") typeflag = 5;
      return {
        name,
        mode,
        uid,
        gid,
        size,
        byteOffset: 0,
        mtime: new Date(1e3 * mtime),
        type,
        linkname,
        uname,
        gname,
        devmajor,
        devminor,
        pax: null
      };
    };
    function isUSTAR(buf) {
      return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6));
    }
    function isGNU(buf) {
      return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) && b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2));
    }
    function clamp(index, len, defaultValue) {
      if (typeof index !== "number") return defaultValue;
      index = ~~index;
      if (index >= len) return len;
      if (index >= 0) return index;
      index += len;
      if (index >= 0) return index;
      return 0;
    }
    function toType(flag) {
      switch (flag) {
        case 0:
          return "file";
        case 1:
          return "link";
        case 2:
          return "symlink";
        case 3:
          return "character-device";
        case 4:
          return "block-device";
        case 5:
          return "directory";
        case 6:
          return "fifo";
        case 7:
          return "contiguous-file";
        case 72:
          return "pax-header";
        case 55:
          return "pax-global-header";
        case 27:
          return "gnu-long-link-path";
        case 28:
        case 30:
          return "gnu-long-path";
      }
      return null;
    }
    function toTypeflag(flag) {
      switch (flag) {
        case "file":
          return 0;
        case "link":
          return 1;
        case "symlink":
          return 2;
        case "character-device":
          return 3;
        case "block-device":
          return 4;
        case "directory":
          return 5;
        case "fifo":
          return 6;
        case "contiguous-file":
          return 7;
        case "pax-header":
          return 72;
      }
      return 0;
    }
    function indexOf(block, num, offset, end) {
      for (; offset < end; offset++) {
        if (block[offset] === num) return offset;
      }
      return end;
    }
    function cksum(block) {
      let sum = 8 * 32;
      for (let i = 0; i < 148; i++) sum += block[i];
      for (let j = 156; j < 512; j++) sum += block[j];
      return sum;
    }
    function encodeOct(val, n) {
      val = val.toString(8);
      if (val.length > n) return SEVENS.slice(0, n) + " ";
      return ZEROS2.slice(0, n - val.length) + val + " ";
    }
    function encodeSizeBin(num, buf, off) {
      buf[off] = 128;
      for (let i = 11; i > 0; i--) {
        buf[off + i] = num & 255;
        num = Math.floor(num / 256);
      }
    }
    function encodeSize(num, buf, off) {
      if (num.toString(8).length > 11) {
        encodeSizeBin(num, buf, off);
      } else {
        b4a.write(buf, encodeOct(num, 11), off);
      }
    }
    function parse256(buf) {
      let positive;
      if (buf[0] === 128) positive = true;
      else if (buf[0] === 255) positive = false;
      else return null;
      const tuple = [];
      let i;
      for (i = buf.length - 1; i > 0; i--) {
        const byte = buf[i];
        if (positive) tuple.push(byte);
        else tuple.push(255 - byte);
      }
      let sum = 0;
      const l = tuple.length;
      for (i = 0; i < l; i++) {
        sum += tuple[i] * Math.pow(256, i);
      }
      return positive ? sum : -1 * sum;
    }
    function decodeOct(val, offset, length) {
      val = val.subarray(offset, offset + length);
      offset = 0;
      if (val[offset] & 128) {
        return parse256(val);
      } else {
        while (offset < val.length && val[offset] === 32) offset++;
        const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length);
        while (offset < end && val[offset] === 0) offset++;
        if (end === offset) return 0;
        return parseInt(b4a.toString(val.subarray(offset, end)), 8);
      }
    }
    function decodeStr(val, offset, length, encoding) {
      return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding);
    }
    function addLength(str) {
      const len = b4a.byteLength(str);
      let digits = Math.floor(Math.log(len) / Math.log(10)) + 1;
      if (len + digits >= Math.pow(10, digits)) digits++;
      return len + digits + str;
    }
  }
});

// node_modules/tar-stream/extract.js
var require_extract = __commonJS({
  "node_modules/tar-stream/extract.js"(exports, module) {
    var { Writable: Writable3, Readable: Readable7, getStreamError } = require_streamx();
    var FIFO = require_fast_fifo();
    var b4a = require_b4a();
    var headers = require_headers();
    var EMPTY = b4a.alloc(0);
    var MAX_HEADER_SIZE = 4 * 1024 * 1024;
    var BufferList = class {
      constructor() {
        this.buffered = 0;
        this.shifted = 0;
        this.queue = new FIFO();
        this._offset = 0;
      }
      push(buffer) {
        this.buffered += buffer.byteLength;
        this.queue.push(buffer);
      }
      shiftFirst(size) {
        return this.buffered === 0 ? null : this._next(size);
      }
      shift(size) {
        if (size > this.buffered) return null;
        if (size === 0) return EMPTY;
        let chunk = this._next(size);
        if (size === chunk.byteLength) return chunk;
        const chunks = [chunk];
        while ((size -= chunk.byteLength) > 0) {
          chunk = this._next(size);
          chunks.push(chunk);
        }
        return b4a.concat(chunks);
      }
      _next(size) {
        const buf = this.queue.peek();
        const rem = buf.byteLength - this._offset;
        if (size >= rem) {
          const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf;
          this.queue.shift();
          this._offset = 0;
          this.buffered -= rem;
          this.shifted += rem;
          return sub;
        }
        this.buffered -= size;
        this.shifted += size;
        return buf.subarray(this._offset, this._offset += size);
      }
    };
    var Source = class extends Readable7 {
      constructor(self, header, offset) {
        super();
        this.header = header;
        this.offset = offset;
        this._parent = self;
      }
      _read(cb) {
        if (this.header.size === 0) {
          this.push(null);
        }
        if (this._parent._stream === this) {
          this._parent._update();
        }
        cb(null);
      }
      _predestroy() {
        this._parent.destroy(getStreamError(this));
      }
      _detach() {
        if (this._parent._stream === this) {
          this._parent._stream = null;
          this._parent._missing = overflow(this.header.size);
          this._parent._update();
        }
      }
      _destroy(cb) {
        this._detach();
        cb(null);
      }
    };
    var Extract = class extends Writable3 {
      constructor(opts) {
        super(opts);
        if (!opts) opts = {};
        this._buffer = new BufferList();
        this._offset = 0;
        this._header = null;
        this._stream = null;
        this._missing = 0;
        this._longHeader = false;
        this._callback = noop;
        this._locked = false;
        this._finished = false;
        this._pax = null;
        this._paxGlobal = null;
        this._gnuLongPath = null;
        this._gnuLongLinkPath = null;
        this._filenameEncoding = opts.filenameEncoding || "utf-8";
        this._allowUnknownFormat = !!opts.allowUnknownFormat;
        this._unlockBound = this._unlock.bind(this);
      }
      _unlock(err) {
        this._locked = false;
        if (err) {
          this.destroy(err);
          this._continueWrite(err);
          return;
        }
        this._update();
      }
      _consumeHeader() {
        if (this._locked) return false;
        this._offset = this._buffer.shifted;
        try {
          this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat);
        } catch (err) {
          this._continueWrite(err);
          return false;
        }
        if (!this._header) return true;
        this._header.byteOffset = this._buffer.shifted;
        switch (this._header.type) {
          case "gnu-long-path":
          case "gnu-long-link-path":
          case "pax-global-header":
          case "pax-header":
            this._longHeader = true;
            this._missing = this._header.size;
            if (this._missing > MAX_HEADER_SIZE) {
              this._continueWrite(new Error("Header exceeds max size"));
              return false;
            }
            return true;
        }
        this._locked = true;
        this._applyLongHeaders();
        if (!(this._header.size >= 0)) {
          this._continueWrite(new Error("Invalid header"));
          return false;
        }
        if (this._header.size === 0 || this._header.type === "directory") {
          this.emit("entry", this._header, this._createStream(), this._unlockBound);
          return true;
        }
        this._stream = this._createStream();
        this._missing = this._header.size;
        this.emit("entry", this._header, this._stream, this._unlockBound);
        return true;
      }
      _applyLongHeaders() {
        if (this._gnuLongPath) {
          this._header.name = this._gnuLongPath;
          this._gnuLongPath = null;
        }
        if (this._gnuLongLinkPath) {
          this._header.linkname = this._gnuLongLinkPath;
          this._gnuLongLinkPath = null;
        }
        if (this._pax) {
          if (this._pax.path) this._header.name = this._pax.path;
          if (this._pax.linkpath) this._header.linkname = this._pax.linkpath;
          if (this._pax.size) this._header.size = parseInt(this._pax.size, 10);
          this._header.pax = this._pax;
          this._pax = null;
        }
      }
      _decodeLongHeader(buf) {
        switch (this._header.type) {
          case "gnu-long-path":
            this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "gnu-long-link-path":
            this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "pax-global-header":
            this._paxGlobal = headers.decodePax(buf);
            break;
          case "pax-header":
            this._pax = this._paxGlobal === null ? headers.decodePax(buf) : Object.assign({}, this._paxGlobal, headers.decodePax(buf));
            break;
        }
      }
      _consumeLongHeader() {
        this._longHeader = false;
        this._missing = overflow(this._header.size);
        const buf = this._buffer.shift(this._header.size);
        try {
          this._decodeLongHeader(buf);
        } catch (err) {
          this._continueWrite(err);
          return false;
        }
        return true;
      }
      _consumeStream() {
        const buf = this._buffer.shiftFirst(this._missing);
        if (buf === null) return false;
        this._missing -= buf.byteLength;
        const drained = this._stream.push(buf);
        if (this._missing === 0) {
          this._stream.push(null);
          if (drained) this._stream._detach();
          return drained && this._locked === false;
        }
        return drained;
      }
      _createStream() {
        return new Source(this, this._header, this._offset);
      }
      _update() {
        while (this._buffer.buffered > 0 && !this.destroying) {
          if (this._missing > 0) {
            if (this._stream !== null) {
              if (this._consumeStream() === false) return;
              continue;
            }
            if (this._longHeader === true) {
              if (this._missing > this._buffer.buffered) break;
              if (this._consumeLongHeader() === false) return false;
              continue;
            }
            const ignore = this._buffer.shiftFirst(this._missing);
            if (ignore !== null) this._missing -= ignore.byteLength;
            continue;
          }
          if (this._buffer.buffered < 512) break;
          if (this._stream !== null || this._consumeHeader() === false) return;
        }
        this._continueWrite(null);
      }
      _continueWrite(err) {
        const cb = this._callback;
        this._callback = noop;
        cb(err);
      }
      _write(data, cb) {
        this._callback = cb;
        this._buffer.push(data);
        this._update();
      }
      _final(cb) {
        this._finished = this._missing === 0 && this._buffer.buffered === 0;
        cb(this._finished ? null : new Error("Unexpected end of data"));
      }
      _predestroy() {
        this._continueWrite(null);
      }
      _destroy(cb) {
        if (this._stream) this._stream.destroy(getStreamError(this));
        cb(null);
      }
      [Symbol.asyncIterator]() {
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        let entryStream = null;
        let entryCallback = null;
        const extract = this;
        this.on("entry", onentry);
        this.on("error", (err) => {
          error = err;
        });
        this.on("close", onclose);
        return {
          [Symbol.asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(onnext);
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function consumeCallback(err) {
          if (!entryCallback) return;
          const cb = entryCallback;
          entryCallback = null;
          cb(err);
        }
        function onnext(resolve3, reject) {
          if (error) {
            return reject(error);
          }
          if (entryStream) {
            resolve3({ value: entryStream, done: false });
            entryStream = null;
            return;
          }
          promiseResolve = resolve3;
          promiseReject = reject;
          consumeCallback(null);
          if (extract._finished && promiseResolve) {
            promiseResolve({ value: void 0, done: true });
            promiseResolve = promiseReject = null;
          }
        }
        function onentry(header, stream, callback) {
          entryCallback = callback;
          stream.on("error", noop);
          if (promiseResolve) {
            promiseResolve({ value: stream, done: false });
            promiseResolve = promiseReject = null;
          } else {
            entryStream = stream;
          }
        }
        function onclose() {
          consumeCallback(error);
          if (!promiseResolve) return;
          if (error) promiseReject(error);
          else promiseResolve({ value: void 0, done: true });
          promiseResolve = promiseReject = null;
        }
        function destroy(err) {
          extract.destroy(err);
          consumeCallback(err);
          return new Promise((resolve3, reject) => {
            if (extract.destroyed) return resolve3({ value: void 0, done: true });
            extract.once("close", function() {
              if (err) reject(err);
              else resolve3({ value: void 0, done: true });
            });
          });
        }
      }
    };
    module.exports = function extract(opts) {
      return new Extract(opts);
    };
    function noop() {
    }
    function overflow(size) {
      size &= 511;
      return size && 512 - size;
    }
  }
});

// node_modules/tar-stream/constants.js
var require_constants4 = __commonJS({
  "node_modules/tar-stream/constants.js"(exports, module) {
    var constants3 = {
      // just for envs without fs
      S_IFMT: 61440,
      S_IFDIR: 16384,
      S_IFCHR: 8192,
      S_IFBLK: 24576,
      S_IFIFO: 4096,
      S_IFLNK: 40960
    };
    try {
      module.exports = __require("fs").constants || constants3;
    } catch {
      module.exports = constants3;
    }
  }
});

// node_modules/tar-stream/pack.js
var require_pack = __commonJS({
  "node_modules/tar-stream/pack.js"(exports, module) {
    var { Readable: Readable7, Writable: Writable3, getStreamError } = require_streamx();
    var b4a = require_b4a();
    var constants3 = require_constants4();
    var headers = require_headers();
    var DMODE = 493;
    var FMODE = 420;
    var END_OF_TAR = b4a.alloc(1024);
    var Sink = class extends Writable3 {
      constructor(pack2, header, callback) {
        super({ mapWritable, eagerOpen: true });
        this.written = 0;
        this.header = header;
        this._callback = callback;
        this._linkname = null;
        this._isLinkname = header.type === "symlink" && !header.linkname;
        this._isVoid = header.type !== "file" && header.type !== "contiguous-file";
        this._finished = false;
        this._pack = pack2;
        this._openCallback = null;
        if (this._pack._stream === null) this._pack._stream = this;
        else this._pack._pending.push(this);
      }
      _open(cb) {
        this._openCallback = cb;
        if (this._pack._stream === this) this._continueOpen();
      }
      _continuePack(err) {
        if (this._callback === null) return;
        const callback = this._callback;
        this._callback = null;
        callback(err);
      }
      _continueOpen() {
        if (this._pack._stream === null) this._pack._stream = this;
        const cb = this._openCallback;
        this._openCallback = null;
        if (cb === null) return;
        if (this._pack.destroying) return cb(new Error("pack stream destroyed"));
        if (this._pack._finalized) return cb(new Error("pack stream is already finalized"));
        this._pack._stream = this;
        if (!this._isLinkname) {
          this._pack._encode(this.header);
        }
        if (this._isVoid) {
          this._finish();
          this._continuePack(null);
        }
        cb(null);
      }
      _write(data, cb) {
        if (this._isLinkname) {
          this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data;
          return cb(null);
        }
        if (this._isVoid) {
          if (data.byteLength > 0) {
            return cb(new Error("No body allowed for this entry"));
          }
          return cb();
        }
        this.written += data.byteLength;
        if (this._pack.push(data)) return cb();
        this._pack._drain = cb;
      }
      _finish() {
        if (this._finished) return;
        this._finished = true;
        if (this._isLinkname) {
          this.header.linkname = this._linkname ? b4a.toString(this._linkname, "utf-8") : "";
          this._pack._encode(this.header);
        }
        overflow(this._pack, this.header.size);
        this._pack._done(this);
      }
      _final(cb) {
        if (this.written !== this.header.size) {
          return cb(new Error("Size mismatch"));
        }
        this._finish();
        cb(null);
      }
      _getError() {
        return getStreamError(this) || new Error("tar entry destroyed");
      }
      _predestroy() {
        this._pack.destroy(this._getError());
      }
      _destroy(cb) {
        this._pack._done(this);
        this._continuePack(this._finished ? null : this._getError());
        cb();
      }
    };
    var Pack = class extends Readable7 {
      constructor(opts) {
        super(opts);
        this._drain = noop;
        this._finalized = false;
        this._finalizing = false;
        this._pending = [];
        this._stream = null;
      }
      entry(header, buffer, callback) {
        if (this._finalized || this.destroying) throw new Error("already finalized or destroyed");
        if (typeof buffer === "function") {
          callback = buffer;
          buffer = null;
        }
        if (!callback) callback = noop;
        if (!header.size || header.type === "symlink") header.size = 0;
        if (!header.type) header.type = modeToType(header.mode);
        if (!header.mode) header.mode = header.type === "directory" ? DMODE : FMODE;
        if (!header.uid) header.uid = 0;
        if (!header.gid) header.gid = 0;
        if (!header.mtime) header.mtime = /* @__PURE__ */ new Date();
        if (typeof buffer === "string") buffer = b4a.from(buffer);
        const sink = new Sink(this, header, callback);
        if (b4a.isBuffer(buffer)) {
          header.size = buffer.byteLength;
          sink.write(buffer);
          sink.end();
          return sink;
        }
        if (sink._isVoid) {
          return sink;
        }
        return sink;
      }
      finalize() {
        if (this._stream || this._pending.length > 0) {
          this._finalizing = true;
          return;
        }
        if (this._finalized) return;
        this._finalized = true;
        this.push(END_OF_TAR);
        this.push(null);
      }
      _done(stream) {
        if (stream !== this._stream) return;
        this._stream = null;
        if (this._finalizing) this.finalize();
        if (this._pending.length) this._pending.shift()._continueOpen();
      }
      _encode(header) {
        if (!header.pax) {
          const buf = headers.encode(header);
          if (buf) {
            this.push(buf);
            return;
          }
        }
        this._encodePax(header);
      }
      _encodePax(header) {
        const paxHeader = headers.encodePax({
          name: header.name,
          linkname: header.linkname,
          pax: header.pax
        });
        const newHeader = {
          name: "PaxHeader",
          mode: header.mode,
          uid: header.uid,
          gid: header.gid,
          size: paxHeader.byteLength,
          mtime: header.mtime,
          type: "pax-header",
          linkname: header.linkname && "PaxHeader",
          uname: header.uname,
          gname: header.gname,
          devmajor: header.devmajor,
          devminor: header.devminor
        };
        this.push(headers.encode(newHeader));
        this.push(paxHeader);
        overflow(this, paxHeader.byteLength);
        newHeader.size = header.size;
        newHeader.type = header.type;
        this.push(headers.encode(newHeader));
      }
      _doDrain() {
        const drain = this._drain;
        this._drain = noop;
        drain();
      }
      _predestroy() {
        const err = getStreamError(this);
        if (this._stream) this._stream.destroy(err);
        while (this._pending.length) {
          const stream = this._pending.shift();
          stream.destroy(err);
          stream._continueOpen();
        }
        this._doDrain();
      }
      _read(cb) {
        this._doDrain();
        cb();
      }
    };
    module.exports = function pack2(opts) {
      return new Pack(opts);
    };
    function modeToType(mode) {
      switch (mode & constants3.S_IFMT) {
        case constants3.S_IFBLK:
          return "block-device";
        case constants3.S_IFCHR:
          return "character-device";
        case constants3.S_IFDIR:
          return "directory";
        case constants3.S_IFIFO:
          return "fifo";
        case constants3.S_IFLNK:
          return "symlink";
      }
      return "file";
    }
    function noop() {
    }
    function overflow(self, size) {
      size &= 511;
      if (size) self.push(END_OF_TAR.subarray(0, 512 - size));
    }
    function mapWritable(buf) {
      return b4a.isBuffer(buf) ? buf : b4a.from(buf);
    }
  }
});

// node_modules/tar-stream/index.js
var require_tar_stream = __commonJS({
  "node_modules/tar-stream/index.js"(exports) {
    exports.extract = require_extract();
    exports.pack = require_pack();
  }
});

// src/action/main.ts
import { setFlagsFromString } from "node:v8";

// src/errors.ts
var FlattenError = class extends Error {
  kind;
  /** A suggestion printed after the message, when there is a known fix. */
  hint;
  /**
   * For a refused option: the field of the options object it names, as a path (`level`,
   * `platforms`, `transport.timeoutMs`). Messages name options the same way, as `options.FIELD`.
   */
  option;
  constructor(kind, message2, options) {
    super(message2, options?.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "FlattenError";
    this.kind = kind;
    this.hint = options?.hint;
    this.option = options?.option;
  }
};
var usageError = (message2, hint) => new FlattenError("usage", message2, hint === void 0 ? void 0 : { hint });
var optionError = (option, message2, hint) => new FlattenError("usage", message2, hint === void 0 ? { option } : { option, hint });
var contentError = (message2, cause) => new FlattenError("content", message2, cause === void 0 ? void 0 : { cause });

// src/image/media-types.ts
var MediaType = {
  ociIndex: "application/vnd.oci.image.index.v1+json",
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  ociConfig: "application/vnd.oci.image.config.v1+json",
  ociLayer: "application/vnd.oci.image.layer.v1.tar",
  ociLayerGzip: "application/vnd.oci.image.layer.v1.tar+gzip",
  ociLayerZstd: "application/vnd.oci.image.layer.v1.tar+zstd",
  ociLayerNondistributable: "application/vnd.oci.image.layer.nondistributable.v1.tar",
  ociLayerNondistributableGzip: "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip",
  ociLayerNondistributableZstd: "application/vnd.oci.image.layer.nondistributable.v1.tar+zstd",
  ociEmpty: "application/vnd.oci.empty.v1+json",
  dockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  dockerManifestSchema1: "application/vnd.docker.distribution.manifest.v1+json",
  dockerManifestSchema1Signed: "application/vnd.docker.distribution.manifest.v1+prettyjws",
  dockerConfig: "application/vnd.docker.container.image.v1+json",
  dockerLayerGzip: "application/vnd.docker.image.rootfs.diff.tar.gzip",
  dockerLayer: "application/vnd.docker.image.rootfs.diff.tar",
  dockerForeignLayerGzip: "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip"
};
var MANIFEST_ACCEPT = [
  MediaType.ociIndex,
  MediaType.ociManifest,
  MediaType.dockerManifestList,
  MediaType.dockerManifest
];
var isIndexMediaType = (mediaType) => mediaType === MediaType.ociIndex || mediaType === MediaType.dockerManifestList;
var isImageManifestMediaType = (mediaType) => mediaType === MediaType.ociManifest || mediaType === MediaType.dockerManifest;

// src/image/family.ts
function familyOf(mediaType) {
  return mediaType.startsWith("application/vnd.docker.") ? "docker" : "oci";
}
function familyTypes(family) {
  return family === "docker" ? { index: MediaType.dockerManifestList, manifest: MediaType.dockerManifest, config: MediaType.dockerConfig } : { index: MediaType.ociIndex, manifest: MediaType.ociManifest, config: MediaType.ociConfig };
}
function layerMediaType(family, compression) {
  if (family === "docker") {
    if (compression === "zstd") {
      throw optionError("format", "zstd layers exist only in the OCI format; add options.format oci to convert the image");
    }
    return compression === "gzip" ? MediaType.dockerLayerGzip : MediaType.dockerLayer;
  }
  if (compression === "zstd") return MediaType.ociLayerZstd;
  return compression === "gzip" ? MediaType.ociLayerGzip : MediaType.ociLayer;
}
function convertLayerMediaType(mediaType, family) {
  const equivalents = [
    [MediaType.ociLayerGzip, MediaType.dockerLayerGzip],
    [MediaType.ociLayer, MediaType.dockerLayer],
    [MediaType.ociLayerNondistributableGzip, MediaType.dockerForeignLayerGzip]
  ];
  for (const [oci, docker] of equivalents) {
    if (mediaType === oci || mediaType === docker) return family === "oci" ? oci : docker;
  }
  if (family === "docker" && mediaType === MediaType.ociLayerZstd) {
    throw optionError("format", "a kept base layer is zstd-compressed, which the Docker format cannot carry; use options.format oci");
  }
  return mediaType;
}

// src/image/digest.ts
import { createHash } from "node:crypto";
var sha256Digest = (bytes) => `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
function encodeJson(value, mediaType) {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return { bytes, mediaType, digest: sha256Digest(bytes) };
}

// src/image/manifest.ts
function buildManifest(input) {
  const types = familyTypes(input.family);
  const manifest = { schemaVersion: 2, mediaType: types.manifest, config: input.config, layers: input.layers };
  if (input.source.artifactType !== void 0 && input.family === "oci") manifest.artifactType = input.source.artifactType;
  if (input.source.subject !== void 0 && input.family === "oci") manifest.subject = input.source.subject;
  const annotations = { ...input.source.annotations, ...input.annotations };
  if (Object.keys(annotations).length > 0 && input.family === "oci") manifest.annotations = annotations;
  return encodeJson(manifest, types.manifest);
}
function buildIndex(input) {
  const types = familyTypes(input.family);
  const index = { schemaVersion: 2, mediaType: types.index, manifests: input.manifests };
  const annotations = { ...input.source.annotations, ...input.annotations };
  if (Object.keys(annotations).length > 0 && input.family === "oci") index.annotations = annotations;
  return encodeJson(index, types.index);
}

// node_modules/@sindresorhus/is/distribution/utilities.js
function keysOf(value) {
  return Object.keys(value);
}

// node_modules/@sindresorhus/is/distribution/index.js
var typedArrayTypeNames = [
  "Int8Array",
  "Uint8Array",
  "Uint8ClampedArray",
  "Int16Array",
  "Uint16Array",
  "Int32Array",
  "Uint32Array",
  "Float32Array",
  "Float64Array",
  "BigInt64Array",
  "BigUint64Array"
];
function isTypedArrayName(name) {
  return typedArrayTypeNames.includes(name);
}
var objectTypeNames = [
  "Function",
  "Generator",
  "AsyncGenerator",
  "GeneratorFunction",
  "AsyncGeneratorFunction",
  "AsyncFunction",
  "Observable",
  "Array",
  "Buffer",
  "Blob",
  "Object",
  "RegExp",
  "Date",
  "Error",
  "Map",
  "Set",
  "WeakMap",
  "WeakSet",
  "WeakRef",
  "ArrayBuffer",
  "SharedArrayBuffer",
  "DataView",
  "Promise",
  "URL",
  "FormData",
  "URLSearchParams",
  "HTMLElement",
  "NaN",
  ...typedArrayTypeNames
];
function isObjectTypeName(name) {
  return objectTypeNames.includes(name);
}
var primitiveTypeNames = [
  "null",
  "undefined",
  "string",
  "number",
  "bigint",
  "boolean",
  "symbol"
];
function isPrimitiveTypeName(name) {
  return primitiveTypeNames.includes(name);
}
var assertionTypeDescriptions = [
  "bound Function",
  "positive number",
  "negative number",
  "Class",
  "string with a number",
  "null or undefined",
  "Iterable",
  "AsyncIterable",
  "native Promise",
  "EnumCase",
  "string with a URL",
  "truthy",
  "falsy",
  "primitive",
  "integer",
  "plain object",
  "TypedArray",
  "array-like",
  "tuple-like",
  "Node.js Stream",
  "infinite number",
  "empty array",
  "non-empty array",
  "empty string",
  "empty string or whitespace",
  "non-empty string",
  "non-empty string and not whitespace",
  "empty object",
  "non-empty object",
  "empty set",
  "non-empty set",
  "empty map",
  "non-empty map",
  "PropertyKey",
  "even integer",
  "finite number",
  "negative integer",
  "non-negative integer",
  "non-negative number",
  "odd integer",
  "positive integer",
  "safe integer",
  "T",
  "in range",
  "predicate returns truthy for any value",
  "predicate returns truthy for all values",
  "valid Date",
  "valid length",
  "whitespace string",
  ...objectTypeNames,
  ...primitiveTypeNames
];
var getObjectType = (value) => {
  const objectTypeName = Object.prototype.toString.call(value).slice(8, -1);
  if (new RegExp("HTML\\w+Element", "v").test(objectTypeName) && isHtmlElement(value)) {
    return "HTMLElement";
  }
  if (isObjectTypeName(objectTypeName)) {
    return objectTypeName;
  }
  return void 0;
};
function detect(value) {
  if (value === null) {
    return "null";
  }
  switch (typeof value) {
    case "undefined": {
      return "undefined";
    }
    case "string": {
      return "string";
    }
    case "number": {
      return Number.isNaN(value) ? "NaN" : "number";
    }
    case "boolean": {
      return "boolean";
    }
    case "function": {
      return "Function";
    }
    case "bigint": {
      return "bigint";
    }
    case "symbol": {
      return "symbol";
    }
    default:
  }
  if (isObservable(value)) {
    return "Observable";
  }
  if (isArray(value)) {
    return "Array";
  }
  if (isBuffer(value)) {
    return "Buffer";
  }
  const tagType = getObjectType(value);
  if (tagType !== void 0 && tagType !== "Object") {
    return tagType;
  }
  if (hasPromiseApi(value)) {
    return "Promise";
  }
  if (isBoxedPrimitiveObject(value)) {
    throw new TypeError("Please don't use object wrappers for primitive types");
  }
  return "Object";
}
function hasPromiseApi(value) {
  return isFunction(value?.then) && isFunction(value?.catch);
}
function hasBoxedPrimitiveBrand(value, valueOf) {
  try {
    Reflect.apply(valueOf, value, []);
    return true;
  } catch {
    return false;
  }
}
function isBoxedPrimitiveObject(value) {
  return hasBoxedPrimitiveBrand(value, String.prototype.valueOf) || hasBoxedPrimitiveBrand(value, Boolean.prototype.valueOf) || hasBoxedPrimitiveBrand(value, Number.prototype.valueOf);
}
var is = Object.assign(detect, {
  all: isAll,
  any: isAny,
  array: isArray,
  arrayBuffer: isArrayBuffer,
  arrayLike: isArrayLike,
  arrayOf: isArrayOf,
  asyncFunction: isAsyncFunction,
  asyncGenerator: isAsyncGenerator,
  asyncGeneratorFunction: isAsyncGeneratorFunction,
  asyncIterable: isAsyncIterable,
  bigint: isBigint,
  bigInt64Array: isBigInt64Array,
  bigUint64Array: isBigUint64Array,
  blob: isBlob,
  boolean: isBoolean,
  boundFunction: isBoundFunction,
  buffer: isBuffer,
  class: isClass,
  dataView: isDataView,
  date: isDate,
  detect,
  directInstanceOf: isDirectInstanceOf,
  emptyArray: isEmptyArray,
  emptyMap: isEmptyMap,
  emptyObject: isEmptyObject,
  emptySet: isEmptySet,
  emptyString: isEmptyString,
  emptyStringOrWhitespace: isEmptyStringOrWhitespace,
  enumCase: isEnumCase,
  error: isError,
  evenInteger: isEvenInteger,
  falsy: isFalsy,
  finiteNumber: isFiniteNumber,
  float32Array: isFloat32Array,
  float64Array: isFloat64Array,
  formData: isFormData,
  function: isFunction,
  generator: isGenerator,
  generatorFunction: isGeneratorFunction,
  htmlElement: isHtmlElement,
  infinite: isInfinite,
  inRange: isInRange,
  int16Array: isInt16Array,
  int32Array: isInt32Array,
  int8Array: isInt8Array,
  integer: isInteger,
  iterable: isIterable,
  map: isMap,
  nan: isNan,
  nativePromise: isNativePromise,
  negativeInteger: isNegativeInteger,
  negativeNumber: isNegativeNumber,
  nodeStream: isNodeStream,
  nonEmptyArray: isNonEmptyArray,
  nonEmptyMap: isNonEmptyMap,
  nonEmptyObject: isNonEmptyObject,
  nonEmptySet: isNonEmptySet,
  nonEmptyString: isNonEmptyString,
  nonEmptyStringAndNotWhitespace: isNonEmptyStringAndNotWhitespace,
  nonNegativeInteger: isNonNegativeInteger,
  nonNegativeNumber: isNonNegativeNumber,
  null: isNull,
  nullOrUndefined: isNullOrUndefined,
  number: isNumber,
  numericString: isNumericString,
  object: isObject,
  observable: isObservable,
  oddInteger: isOddInteger,
  oneOf: isOneOf,
  plainObject: isPlainObject,
  positiveInteger: isPositiveInteger,
  positiveNumber: isPositiveNumber,
  primitive: isPrimitive,
  promise: isPromise,
  propertyKey: isPropertyKey,
  regExp: isRegExp,
  safeInteger: isSafeInteger,
  set: isSet,
  sharedArrayBuffer: isSharedArrayBuffer,
  string: isString,
  symbol: isSymbol,
  truthy: isTruthy,
  tupleLike: isTupleLike,
  typedArray: isTypedArray,
  uint16Array: isUint16Array,
  uint32Array: isUint32Array,
  uint8Array: isUint8Array,
  uint8ClampedArray: isUint8ClampedArray,
  undefined: isUndefined,
  urlInstance: isUrlInstance,
  urlSearchParams: isUrlSearchParams,
  urlString: isUrlString,
  optional: isOptional,
  validDate: isValidDate,
  validLength: isValidLength,
  weakMap: isWeakMap,
  weakRef: isWeakRef,
  weakSet: isWeakSet,
  whitespaceString: isWhitespaceString
});
function isAbsoluteModule2(remainder) {
  return (value) => isInteger(value) && Math.abs(value % 2) === remainder;
}
function validatePredicateArray(predicateArray, allowEmpty) {
  if (predicateArray.length === 0) {
    if (allowEmpty) {
    } else {
      throw new TypeError("Invalid predicate array");
    }
    return;
  }
  for (const predicate of predicateArray) {
    validatePredicate(predicate);
  }
}
function validatePredicate(predicate) {
  if (!isFunction(predicate)) {
    throw new TypeError(`Invalid predicate: ${JSON.stringify(predicate)}`);
  }
}
function isAll(predicate, ...values) {
  if (Array.isArray(predicate)) {
    const predicateArray = predicate;
    validatePredicateArray(predicateArray, values.length === 0);
    const combinedPredicate = (value) => predicateArray.every((singlePredicate) => singlePredicate(value));
    if (values.length === 0) {
      return combinedPredicate;
    }
    return predicateOnArray(Array.prototype.every, combinedPredicate, values);
  }
  return predicateOnArray(Array.prototype.every, predicate, values);
}
function isAny(predicate, ...values) {
  if (Array.isArray(predicate)) {
    const predicateArray = predicate;
    validatePredicateArray(predicateArray, values.length === 0);
    const combinedPredicate = (value) => predicateArray.some((singlePredicate) => singlePredicate(value));
    if (values.length === 0) {
      return combinedPredicate;
    }
    return predicateOnArray(Array.prototype.some, combinedPredicate, values);
  }
  return predicateOnArray(Array.prototype.some, predicate, values);
}
function isOptional(value, predicate) {
  return isUndefined(value) || predicate(value);
}
function isArray(value, assertion) {
  if (!Array.isArray(value)) {
    return false;
  }
  if (!isFunction(assertion)) {
    return true;
  }
  return value.every((element) => assertion(element));
}
function isArrayBuffer(value) {
  return getObjectType(value) === "ArrayBuffer";
}
function isArrayLike(value) {
  return !isNullOrUndefined(value) && !isFunction(value) && isValidLength(value.length);
}
function isArrayOf(predicate) {
  return (value) => isArray(value) && value.every((element) => predicate(element));
}
function isAsyncFunction(value) {
  return getObjectType(value) === "AsyncFunction";
}
function isAsyncGenerator(value) {
  return isAsyncIterable(value) && isFunction(value.next) && isFunction(value.throw);
}
function isAsyncGeneratorFunction(value) {
  return getObjectType(value) === "AsyncGeneratorFunction";
}
function isAsyncIterable(value) {
  return isFunction(value?.[Symbol.asyncIterator]);
}
function isBigint(value) {
  return typeof value === "bigint";
}
function isBigInt64Array(value) {
  return getObjectType(value) === "BigInt64Array";
}
function isBigUint64Array(value) {
  return getObjectType(value) === "BigUint64Array";
}
function isBlob(value) {
  return getObjectType(value) === "Blob";
}
function isBoolean(value) {
  return value === true || value === false;
}
function isBoundFunction(value) {
  return isFunction(value) && !Object.hasOwn(value, "prototype");
}
function isBuffer(value) {
  return value?.constructor?.isBuffer?.(value) ?? false;
}
function isClass(value) {
  return isFunction(value) && new RegExp("^class(?:\\s+|\\{)", "v").test(value.toString());
}
function isDataView(value) {
  return getObjectType(value) === "DataView";
}
function isDate(value) {
  return getObjectType(value) === "Date";
}
function isDirectInstanceOf(instance, class_) {
  if (instance === void 0 || instance === null) {
    return false;
  }
  return Object.getPrototypeOf(instance) === class_.prototype;
}
function isEmptyArray(value) {
  return isArray(value) && value.length === 0;
}
function isEmptyMap(value) {
  return isMap(value) && value.size === 0;
}
function isEmptyObject(value) {
  return isObject(value) && !isFunction(value) && !isArray(value) && !isMap(value) && !isSet(value) && Object.keys(value).length === 0;
}
function isEmptySet(value) {
  return isSet(value) && value.size === 0;
}
function isEmptyString(value) {
  return isString(value) && value.length === 0;
}
function isEmptyStringOrWhitespace(value) {
  return isEmptyString(value) || isWhitespaceString(value);
}
function isEnumCase(value, targetEnum) {
  const enumObject = targetEnum;
  return Object.entries(enumObject).some(([key2, enumValue]) => {
    if (!isString(enumValue)) {
      return enumValue === value;
    }
    const numericKey = Number(key2);
    if (Number.isNaN(numericKey) || String(numericKey) !== key2) {
      return enumValue === value;
    }
    return enumValue === value && !(Object.hasOwn(enumObject, enumValue) && enumObject[enumValue] === numericKey);
  });
}
function isError(value) {
  return getObjectType(value) === "Error";
}
function isEvenInteger(value) {
  return isAbsoluteModule2(0)(value);
}
function isFalsy(value) {
  return !value;
}
function isFiniteNumber(value) {
  return Number.isFinite(value);
}
function isFloat32Array(value) {
  return getObjectType(value) === "Float32Array";
}
function isFloat64Array(value) {
  return getObjectType(value) === "Float64Array";
}
function isFormData(value) {
  return getObjectType(value) === "FormData";
}
function isFunction(value) {
  return typeof value === "function";
}
function isGenerator(value) {
  return isIterable(value) && isFunction(value?.next) && isFunction(value?.throw);
}
function isGeneratorFunction(value) {
  return getObjectType(value) === "GeneratorFunction";
}
var NODE_TYPE_ELEMENT = 1;
var DOM_PROPERTIES_TO_CHECK = [
  "innerHTML",
  "ownerDocument",
  "style",
  "attributes",
  "nodeValue"
];
function isHtmlElement(value) {
  return isObject(value) && value.nodeType === NODE_TYPE_ELEMENT && isString(value.nodeName) && !isPlainObject(value) && DOM_PROPERTIES_TO_CHECK.every((property) => property in value);
}
function isInfinite(value) {
  return value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY;
}
function isInRange(value, range) {
  if (isNumber(range)) {
    return value >= Math.min(0, range) && value <= Math.max(range, 0);
  }
  if (isArray(range) && range.length === 2) {
    if (Number.isNaN(range[0]) || Number.isNaN(range[1])) {
      throw new TypeError(`Invalid range: ${JSON.stringify(range)}`);
    }
    return value >= Math.min(...range) && value <= Math.max(...range);
  }
  throw new TypeError(`Invalid range: ${JSON.stringify(range)}`);
}
function isInt16Array(value) {
  return getObjectType(value) === "Int16Array";
}
function isInt32Array(value) {
  return getObjectType(value) === "Int32Array";
}
function isInt8Array(value) {
  return getObjectType(value) === "Int8Array";
}
function isInteger(value) {
  return Number.isInteger(value);
}
function isIterable(value) {
  return isFunction(value?.[Symbol.iterator]);
}
function isMap(value) {
  return getObjectType(value) === "Map";
}
function isNan(value) {
  return Number.isNaN(value);
}
function isNativePromise(value) {
  return getObjectType(value) === "Promise";
}
function isNegativeInteger(value) {
  return isInteger(value) && value < 0;
}
function isNegativeNumber(value) {
  return isNumber(value) && value < 0;
}
function isNodeStream(value) {
  return isObject(value) && isFunction(value.pipe) && !isObservable(value);
}
function isNonEmptyArray(value) {
  return isArray(value) && value.length > 0;
}
function isNonEmptyMap(value) {
  return isMap(value) && value.size > 0;
}
function isNonEmptyObject(value) {
  return isObject(value) && !isFunction(value) && !isArray(value) && !isMap(value) && !isSet(value) && Object.keys(value).length > 0;
}
function isNonEmptySet(value) {
  return isSet(value) && value.size > 0;
}
function isNonEmptyString(value) {
  return isString(value) && value.length > 0;
}
function isNonEmptyStringAndNotWhitespace(value) {
  return isString(value) && !isEmptyStringOrWhitespace(value);
}
function isNonNegativeInteger(value) {
  return isInteger(value) && value >= 0;
}
function isNonNegativeNumber(value) {
  return isNumber(value) && value >= 0;
}
function isNull(value) {
  return value === null;
}
function isNullOrUndefined(value) {
  return isNull(value) || isUndefined(value);
}
function isNumber(value) {
  return typeof value === "number" && !Number.isNaN(value);
}
function isNumericString(value) {
  return isString(value) && !isEmptyStringOrWhitespace(value) && value === value.trim() && !Number.isNaN(Number(value));
}
function isObject(value) {
  return !isNull(value) && (typeof value === "object" || isFunction(value));
}
function isObservable(value) {
  if (!value) {
    return false;
  }
  if (Symbol.observable !== void 0 && value === value[Symbol.observable]?.()) {
    return true;
  }
  if (value === value["@@observable"]?.()) {
    return true;
  }
  return false;
}
function isOddInteger(value) {
  return isAbsoluteModule2(1)(value);
}
function isOneOf(values) {
  return (value) => values.includes(value);
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
}
function isPositiveInteger(value) {
  return isInteger(value) && value > 0;
}
function isPositiveNumber(value) {
  return isNumber(value) && value > 0;
}
function isPrimitive(value) {
  return isNull(value) || isPrimitiveTypeName(typeof value);
}
function isPromise(value) {
  return isNativePromise(value) || hasPromiseApi(value);
}
function isPropertyKey(value) {
  return isAny([isString, isNumber, isSymbol], value);
}
function isRegExp(value) {
  return getObjectType(value) === "RegExp";
}
function isSafeInteger(value) {
  return Number.isSafeInteger(value);
}
function isSet(value) {
  return getObjectType(value) === "Set";
}
function isSharedArrayBuffer(value) {
  return getObjectType(value) === "SharedArrayBuffer";
}
function isString(value) {
  return typeof value === "string";
}
function isSymbol(value) {
  return typeof value === "symbol";
}
function isTruthy(value) {
  return Boolean(value);
}
function isTupleLike(value, guards) {
  if (isArray(guards) && isArray(value) && guards.length === value.length) {
    return guards.every((guard, index) => guard(value[index]));
  }
  return false;
}
function isTypedArray(value) {
  return isTypedArrayName(getObjectType(value));
}
function isUint16Array(value) {
  return getObjectType(value) === "Uint16Array";
}
function isUint32Array(value) {
  return getObjectType(value) === "Uint32Array";
}
function isUint8Array(value) {
  return getObjectType(value) === "Uint8Array";
}
function isUint8ClampedArray(value) {
  return getObjectType(value) === "Uint8ClampedArray";
}
function isUndefined(value) {
  return value === void 0;
}
function isUrlInstance(value) {
  return getObjectType(value) === "URL";
}
function isUrlSearchParams(value) {
  return getObjectType(value) === "URLSearchParams";
}
function isUrlString(value) {
  if (!isString(value)) {
    return false;
  }
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
function isValidDate(value) {
  return isDate(value) && !isNan(Number(value));
}
function isValidLength(value) {
  return isSafeInteger(value) && value >= 0;
}
function isWeakMap(value) {
  return getObjectType(value) === "WeakMap";
}
function isWeakRef(value) {
  return getObjectType(value) === "WeakRef";
}
function isWeakSet(value) {
  return getObjectType(value) === "WeakSet";
}
function isWhitespaceString(value) {
  return isString(value) && new RegExp("^\\s+$", "v").test(value);
}
function predicateOnArray(method, predicate, values) {
  validatePredicate(predicate);
  if (values.length === 0) {
    throw new TypeError("Invalid number of values");
  }
  return method.call(values, predicate);
}
function typeErrorMessageNot(description, value) {
  return `Expected value which is not \`${description}\`, received value of type \`${is(value)}\`.`;
}
var andFormatter = new Intl.ListFormat("en", { style: "long", type: "conjunction" });
var orFormatter = new Intl.ListFormat("en", { style: "long", type: "disjunction" });
function createAssertNot(predicate, description) {
  return (value, message2) => {
    if (predicate(value)) {
      throw new TypeError(message2 ?? typeErrorMessageNot(description, value));
    }
  };
}
var assertNotUndefined = createAssertNot(isUndefined, "undefined");
var assertNotNull = createAssertNot(isNull, "null");
var assertNotNullOrUndefined = createAssertNot(isNullOrUndefined, "null or undefined");
var assertNotString = createAssertNot(isString, "string");
var assertNotBoolean = createAssertNot(isBoolean, "boolean");
var assertNotSymbol = createAssertNot(isSymbol, "symbol");
var assertNotBigint = createAssertNot(isBigint, "bigint");
var assertNotPrimitive = createAssertNot(isPrimitive, "primitive");
var methodTypeMap = {
  isArray: "Array",
  isArrayBuffer: "ArrayBuffer",
  isArrayLike: "array-like",
  isAsyncFunction: "AsyncFunction",
  isAsyncGenerator: "AsyncGenerator",
  isAsyncGeneratorFunction: "AsyncGeneratorFunction",
  isAsyncIterable: "AsyncIterable",
  isBigint: "bigint",
  isBigInt64Array: "BigInt64Array",
  isBigUint64Array: "BigUint64Array",
  isBlob: "Blob",
  isBoolean: "boolean",
  isBoundFunction: "bound Function",
  isBuffer: "Buffer",
  isClass: "Class",
  isDataView: "DataView",
  isDate: "Date",
  isDirectInstanceOf: "T",
  isEmptyArray: "empty array",
  isEmptyMap: "empty map",
  isEmptyObject: "empty object",
  isEmptySet: "empty set",
  isEmptyString: "empty string",
  isEmptyStringOrWhitespace: "empty string or whitespace",
  isEnumCase: "EnumCase",
  isError: "Error",
  isEvenInteger: "even integer",
  isFalsy: "falsy",
  isFiniteNumber: "finite number",
  isFloat32Array: "Float32Array",
  isFloat64Array: "Float64Array",
  isFormData: "FormData",
  isFunction: "Function",
  isGenerator: "Generator",
  isGeneratorFunction: "GeneratorFunction",
  isHtmlElement: "HTMLElement",
  isInfinite: "infinite number",
  isInRange: "in range",
  isInt16Array: "Int16Array",
  isInt32Array: "Int32Array",
  isInt8Array: "Int8Array",
  isInteger: "integer",
  isIterable: "Iterable",
  isMap: "Map",
  isNan: "NaN",
  isNativePromise: "native Promise",
  isNegativeInteger: "negative integer",
  isNegativeNumber: "negative number",
  isNodeStream: "Node.js Stream",
  isNonEmptyArray: "non-empty array",
  isNonEmptyMap: "non-empty map",
  isNonEmptyObject: "non-empty object",
  isNonEmptySet: "non-empty set",
  isNonEmptyString: "non-empty string",
  isNonEmptyStringAndNotWhitespace: "non-empty string and not whitespace",
  isNonNegativeInteger: "non-negative integer",
  isNonNegativeNumber: "non-negative number",
  isNull: "null",
  isNullOrUndefined: "null or undefined",
  isNumber: "number",
  isNumericString: "string with a number",
  isObject: "Object",
  isObservable: "Observable",
  isOddInteger: "odd integer",
  isPlainObject: "plain object",
  isPositiveInteger: "positive integer",
  isPositiveNumber: "positive number",
  isPrimitive: "primitive",
  isPromise: "Promise",
  isPropertyKey: "PropertyKey",
  isRegExp: "RegExp",
  isSafeInteger: "safe integer",
  isSet: "Set",
  isSharedArrayBuffer: "SharedArrayBuffer",
  isString: "string",
  isSymbol: "symbol",
  isTruthy: "truthy",
  isTupleLike: "tuple-like",
  isTypedArray: "TypedArray",
  isUint16Array: "Uint16Array",
  isUint32Array: "Uint32Array",
  isUint8Array: "Uint8Array",
  isUint8ClampedArray: "Uint8ClampedArray",
  isUndefined: "undefined",
  isUrlInstance: "URL",
  isUrlSearchParams: "URLSearchParams",
  isUrlString: "string with a URL",
  isValidDate: "valid Date",
  isValidLength: "valid length",
  isWeakMap: "WeakMap",
  isWeakRef: "WeakRef",
  isWeakSet: "WeakSet",
  isWhitespaceString: "whitespace string"
};
var isMethodNames = keysOf(methodTypeMap);
var distribution_default = is;

// src/image/parse.ts
var DIGEST = /^sha256:[a-f0-9]{64}$|^sha512:[a-f0-9]{128}$/;
function decodeJson(bytes, what) {
  let value;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw contentError(`${what} is not valid JSON: ${error.message}`);
  }
  if (!distribution_default.plainObject(value)) throw contentError(`${what} is not a JSON object`);
  return value;
}
function checkDescriptor(value, where2) {
  if (!distribution_default.plainObject(value)) throw contentError(`${where2}: descriptor is not an object`);
  const { mediaType, digest, size } = value;
  if (!distribution_default.string(mediaType) || mediaType === "") throw contentError(`${where2}: descriptor has no mediaType`);
  if (!distribution_default.string(digest) || !DIGEST.test(digest)) {
    throw contentError(`${where2}: descriptor digest ${JSON.stringify(digest)} is not a valid sha256/sha512 digest`);
  }
  if (!distribution_default.safeInteger(size) || size < 0) throw contentError(`${where2}: descriptor ${digest} has an invalid size`);
  if (value.annotations !== void 0 && !isStringRecord(value.annotations)) {
    throw contentError(`${where2}: descriptor ${digest} has annotations that are not strings`);
  }
  return value;
}
function isStringRecord(value) {
  return distribution_default.plainObject(value) && Object.values(value).every((v) => distribution_default.string(v));
}
function parseManifest(raw, what) {
  const json = decodeJson(raw.bytes, `manifest of ${what}`);
  if (json.schemaVersion === 1 || raw.mediaType.startsWith(MediaType.dockerManifestSchema1)) {
    throw contentError(
      `${what} is a Docker schema1 manifest, which is deprecated and not supported; convert it first (skopeo copy --format v2s2)`
    );
  }
  if (json.schemaVersion !== 2) throw contentError(`manifest of ${what} has schemaVersion ${String(json.schemaVersion)}, expected 2`);
  const declared = distribution_default.string(json.mediaType) ? json.mediaType : void 0;
  let mediaType = declared ?? raw.mediaType;
  if (!isIndexMediaType(mediaType) && !isImageManifestMediaType(mediaType)) {
    if (distribution_default.array(json.manifests)) mediaType = MediaType.ociIndex;
    else if (distribution_default.plainObject(json.config)) mediaType = MediaType.ociManifest;
    else throw contentError(`manifest of ${what} has unsupported media type ${JSON.stringify(mediaType)}`);
  }
  if (isIndexMediaType(mediaType)) {
    if (!distribution_default.array(json.manifests)) throw contentError(`index of ${what} has no manifests array`);
    for (const [i, d] of json.manifests.entries()) checkDescriptor(d, `index of ${what}, manifests[${i}]`);
    return { kind: "index", raw, index: json, mediaType };
  }
  checkDescriptor(json.config, `manifest of ${what}, config`);
  if (!distribution_default.array(json.layers)) throw contentError(`manifest of ${what} has no layers array`);
  for (const [i, d] of json.layers.entries()) checkDescriptor(d, `manifest of ${what}, layers[${i}]`);
  return { kind: "image", raw, manifest: json, mediaType };
}
function parseConfig(bytes, what) {
  const json = decodeJson(bytes, `config of ${what}`);
  const rootfs = json.rootfs;
  if (!distribution_default.plainObject(rootfs) || !distribution_default.array(rootfs.diff_ids) || !rootfs.diff_ids.every((d) => distribution_default.string(d) && DIGEST.test(d))) {
    throw contentError(`config of ${what} has no valid rootfs.diff_ids`);
  }
  if (json.history !== void 0 && !distribution_default.array(json.history)) throw contentError(`config of ${what} has a history that is not an array`);
  return json;
}

// src/image/platform.ts
function parsePlatform(text4, option) {
  const parts = text4.split("/");
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === "" || !/^[a-z0-9._-]+$/i.test(p))) {
    throw optionError(option, `options.${option} ${JSON.stringify(text4)} is not of the form os/arch[/variant] (e.g. linux/arm64/v8)`);
  }
  const [os, architecture, variant] = parts;
  return variant === void 0 ? { os, architecture } : { os, architecture, variant };
}
var formatPlatform = (platform) => platform === void 0 ? "unknown platform" : [platform.os, platform.architecture, platform.variant].filter((p) => p !== void 0 && p !== "").join("/");
function isAttestation(descriptor) {
  return descriptor.platform?.os === "unknown" && descriptor.platform.architecture === "unknown" || descriptor.annotations?.["vnd.docker.reference.type"] !== void 0;
}
function matchesPlatform(platform, selector) {
  if (platform === void 0) return false;
  if (platform.os !== selector.os || platform.architecture !== selector.architecture) return false;
  return selector.variant === void 0 || platform.variant === selector.variant;
}

// src/pipeline/flatten-image.ts
import { createReadStream } from "node:fs";
import { join as join2 } from "node:path";
import { Readable as Readable3 } from "node:stream";

// src/compress/compressor.ts
import { Duplex, PassThrough, pipeline } from "node:stream";
import { constants as constants2, createZstdCompress } from "node:zlib";

// src/stream/rechunk.ts
import { Transform } from "node:stream";
function createRechunker(size) {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be a positive integer, got ${size}`);
  let pending = Buffer.allocUnsafeSlow(size);
  let filled = 0;
  return new Transform({
    transform(chunk, _encoding, callback) {
      let offset = 0;
      while (offset < chunk.length) {
        if (filled === 0 && chunk.length - offset >= size) {
          this.push(Buffer.from(chunk.subarray(offset, offset + size)));
          offset += size;
          continue;
        }
        const count = Math.min(size - filled, chunk.length - offset);
        chunk.copy(pending, filled, offset, offset + count);
        filled += count;
        offset += count;
        if (filled === size) {
          this.push(pending);
          pending = Buffer.allocUnsafeSlow(size);
          filled = 0;
        }
      }
      callback();
    },
    flush(callback) {
      callback(null, filled > 0 ? pending.subarray(0, filled) : null);
    }
  });
}

// src/compress/parallel-gzip.ts
import { Transform as Transform2 } from "node:stream";
import { constants, crc32, deflateRawSync } from "node:zlib";

// src/compress/deflate-pool.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
function outputChunkSize(inputLength) {
  return Math.max(65536, inputLength + (inputLength >>> 9) + 1024);
}
var defaultWorkerCount = () => Math.max(1, Math.min(availableParallelism(), 8));
var WORKER_SOURCE = `
const { parentPort } = process.getBuiltinModule('node:worker_threads');
const zlib = process.getBuiltinModule('node:zlib');
const { Z_FINISH, Z_SYNC_FLUSH } = zlib.constants;
const WINDOW = 32 * 1024;
// outputChunkSize, above.
const outputChunkSize = (length) => Math.max(65536, length + (length >>> 9) + 1024);
// Message buffers belong to this job alone; deflate's output chunk is at least 64 KiB, so
// never a slice of Node's shared 8 KiB pool, which must not be detached.
const release = (view) => {
  if (view.buffer.byteLength > 0) view.buffer.transfer(0);
};
// Each block exactly as if it were a job of its own: same dictionary, flush and output chunk.
const deflateBlock = (input, dictionary, level, final) => {
  const options = { level, finishFlush: final ? Z_FINISH : Z_SYNC_FLUSH, chunkSize: outputChunkSize(input.byteLength) };
  if (dictionary.length > 0) options.dictionary = dictionary;
  return zlib.deflateRawSync(input, options);
};
const deflateJob = (job) => {
  const { input, final } = job;
  const blockSize = job.blockSize ?? 0;
  const pieces = [];
  let total = 0;
  let start = 0;
  for (;;) {
    const rest = input.length - start;
    const last = blockSize === 0 || (final ? rest < blockSize : rest <= blockSize);
    const end = blockSize === 0 ? input.length : start + Math.min(rest, blockSize);
    const dictionary = start === 0 ? job.dictionary : input.subarray(Math.max(0, start - WINDOW), start);
    const piece = deflateBlock(input.subarray(start, end), dictionary, job.level, final && last);
    pieces.push(piece);
    total += piece.length;
    if (last) break;
    start = end;
  }
  const output = new Uint8Array(total);
  let offset = 0;
  for (const piece of pieces) {
    output.set(piece, offset);
    offset += piece.length;
    if (piece.buffer.byteLength >= 65536) release(piece);
  }
  return output;
};
parentPort.on('message', (job) => {
  let output;
  try {
    output = deflateJob(job);
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: String((error && error.message) || error) });
    return;
  } finally {
    release(job.input);
    release(job.dictionary);
  }
  parentPort.postMessage({ id: job.id, output }, output.byteLength > 0 ? [output.buffer] : []);
});
`;
function createDeflatePool(options = {}) {
  const size = options.workers ?? defaultWorkerCount();
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`deflate workers must be a positive integer, got ${size}`);
  const source = options.workerSource ?? WORKER_SOURCE;
  let nextId = 0;
  let closed;
  const failSlot = (slot, error) => {
    for (const pending of slot.pending.splice(0)) pending.reject(error);
    slot.worker.unref();
  };
  const slots = Array.from({ length: size }, () => {
    const worker = new Worker(source, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 8 } });
    worker.unref();
    const slot = { worker, pending: [] };
    worker.on("message", (reply) => {
      const head2 = slot.pending[0];
      if (head2 === void 0 || head2.id !== reply.id) {
        failSlot(slot, new Error(`deflate worker answered job ${reply.id} out of order`));
        return;
      }
      slot.pending.shift();
      if (slot.pending.length === 0) worker.unref();
      if (reply.error !== void 0) head2.reject(new Error(`deflate worker failed: ${reply.error}`));
      else if (reply.output === void 0) head2.reject(new Error("deflate worker returned no output"));
      else head2.resolve(reply.output);
    });
    worker.on("error", (error) => failSlot(slot, new Error(`deflate worker crashed: ${error.message}`, { cause: error })));
    worker.on("exit", (code) => {
      failSlot(slot, closed ?? new Error(`deflate worker exited with code ${code}`));
    });
    return slot;
  });
  return {
    size,
    deflate(job) {
      if (closed !== void 0) return Promise.reject(closed);
      let slot = slots[0];
      for (const candidate of slots) if (candidate.pending.length < slot.pending.length) slot = candidate;
      const id = nextId++;
      let pending;
      const promise = new Promise((resolve3, reject) => pending = { id, resolve: resolve3, reject });
      const transfer = [transferable(job.input), transferable(job.dictionary)].filter(
        (buffer, index, all) => buffer !== void 0 && all.indexOf(buffer) === index
      );
      try {
        const message2 = {
          id,
          input: job.input,
          dictionary: job.dictionary,
          level: job.level,
          final: job.final,
          blockSize: job.blockSize
        };
        slot.worker.postMessage(message2, transfer);
      } catch (error) {
        return Promise.reject(new Error(`deflate job could not be sent to a worker: ${error.message}`, { cause: error }));
      }
      slot.pending.push(pending);
      slot.worker.ref();
      return promise;
    },
    async close() {
      if (closed !== void 0) return;
      closed = new Error("deflate pool closed");
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    }
  };
}
function transferable(view) {
  const { buffer } = view;
  if (view.byteLength === 0) return void 0;
  if (!(buffer instanceof ArrayBuffer)) return void 0;
  return view.byteOffset === 0 && view.byteLength === buffer.byteLength ? buffer : void 0;
}

// src/compress/parallel-gzip.ts
var WINDOW = 32 * 1024;
var DEFAULT_GZIP_LEVEL = 6;
var DEFAULT_BLOCK_SIZE = 128 * 1024;
var blocksPerJob = (blockSize) => Math.max(1, Math.min(4, Math.floor(512 * 1024 / blockSize)));
function gzipHeader(level) {
  const xfl = level >= 9 ? 2 : level <= 1 ? 4 : 0;
  return Buffer.from([31, 139, 8, 0, 0, 0, 0, 0, xfl, 255]);
}
function gzipTrailer(crc, size) {
  if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`gzip input size must be a non-negative safe integer, got ${size}`);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size % 2 ** 32, 4);
  return trailer;
}
function createParallelGzip(options = {}) {
  const level = options.level ?? DEFAULT_GZIP_LEVEL;
  const blockSize = options.blockSize ?? DEFAULT_BLOCK_SIZE;
  if (!Number.isInteger(level) || level < 1 || level > 9) throw new RangeError(`gzip level must be 1-9, got ${level}`);
  if (!Number.isInteger(blockSize) || blockSize < WINDOW || blockSize > 64 * 1024 * 1024) {
    throw new RangeError(`gzip block size must be an integer from 32 KiB to 64 MiB, got ${blockSize}`);
  }
  const ownsPool = options.pool === void 0;
  let pool = options.pool;
  const workers = options.pool?.size ?? options.workers ?? defaultWorkerCount();
  const getPool = () => pool ??= createDeflatePool({ workers });
  const maxInFlight = options.maxInFlight ?? 2 * workers;
  if (!Number.isInteger(maxInFlight) || maxInFlight < 1) throw new RangeError(`maxInFlight must be a positive integer, got ${maxInFlight}`);
  const jobSize = blockSize * blocksPerJob(blockSize);
  let blocks = Buffer.allocUnsafeSlow(jobSize);
  let filled = 0;
  let dictionary = new Uint8Array(0);
  let crc = 0;
  let total = 0;
  let started = false;
  let inFlight = 0;
  let roomWaiter;
  let emitted = Promise.resolve();
  const closePool = () => {
    if (ownsPool && pool !== void 0) pool.close().catch(() => {
    });
  };
  const start = (stream) => {
    if (started) return;
    started = true;
    stream.push(gzipHeader(level));
  };
  const dispatch = (stream, input, final) => {
    const job = getPool().deflate({ input, dictionary, level, final, blockSize });
    job.catch(() => {
    });
    inFlight++;
    emitted = emitted.then(() => job).then((output) => {
      if (!stream.destroyed) stream.push(output);
      inFlight--;
      wake();
    });
    emitted.catch((error) => stream.destroy(error instanceof Error ? error : new Error(String(error))));
  };
  const wake = () => {
    const waiter = roomWaiter;
    roomWaiter = void 0;
    waiter?.();
  };
  const room2 = (stream) => inFlight < maxInFlight && stream.readableLength < stream.readableHighWaterMark ? void 0 : new Promise((resolve3) => roomWaiter = resolve3);
  const consume = async (stream, chunk) => {
    start(stream);
    crc = crc32(chunk, crc);
    total += chunk.length;
    let offset = 0;
    while (offset < chunk.length) {
      const count = Math.min(jobSize - filled, chunk.length - offset);
      chunk.copy(blocks, filled, offset, offset + count);
      filled += count;
      offset += count;
      if (filled === jobSize) {
        for (let wait = room2(stream); wait !== void 0; wait = room2(stream)) {
          await wait;
          if (stream.destroyed) return;
        }
        const full = blocks;
        const tail = new Uint8Array(full.subarray(jobSize - WINDOW));
        blocks = Buffer.allocUnsafeSlow(jobSize);
        filled = 0;
        dispatch(stream, full, false);
        dictionary = tail;
      }
    }
  };
  return new Transform2({
    read(size) {
      Transform2.prototype._read.call(this, size);
      wake();
    },
    transform(chunk, _encoding, callback) {
      consume(this, chunk).then(() => callback(), callback);
    },
    flush(callback) {
      start(this);
      if (pool === void 0 && dictionary.length === 0 && filled < blockSize) {
        const output = deflateRawSync(blocks.subarray(0, filled), {
          level,
          finishFlush: constants.Z_FINISH,
          chunkSize: outputChunkSize(filled)
        });
        callback(null, Buffer.concat([output, gzipTrailer(crc, total)]));
        return;
      }
      dispatch(this, blocks.subarray(0, filled), true);
      emitted.then(
        () => {
          closePool();
          callback(null, gzipTrailer(crc, total));
        },
        (error) => callback(error instanceof Error ? error : new Error(String(error)))
      );
    },
    destroy(error, callback) {
      closePool();
      wake();
      callback(error);
    }
  });
}

// src/compress/compressor.ts
var DEFAULT_ZSTD_LEVEL = 3;
var ZSTD_FEED = 128 * 1024;
function createCompressor(options) {
  switch (options.format) {
    case "gzip":
      return createParallelGzip({
        level: options.level ?? DEFAULT_GZIP_LEVEL,
        ...options.blockSize === void 0 ? {} : { blockSize: options.blockSize },
        ...options.workers === void 0 ? {} : { workers: options.workers },
        ...options.pool === void 0 ? {} : { pool: options.pool }
      });
    case "zstd": {
      const level = options.level ?? DEFAULT_ZSTD_LEVEL;
      if (!Number.isInteger(level) || level < 1 || level > 22) throw new RangeError(`zstd level must be 1-22, got ${level}`);
      const zstd = createZstdCompress({
        // Output in 128 KiB pieces rather than zlib's 16 KiB: an eighth of the writes, hashes and
        // stream hops downstream (the bytes are the same; measured ~0.2 s of a 10 s zstd run).
        chunkSize: ZSTD_FEED,
        params: {
          [constants2.ZSTD_c_compressionLevel]: level,
          // As the zstd CLI does: lets any reader verify the frame, for 4 bytes.
          [constants2.ZSTD_c_checksumFlag]: 1
        }
      });
      const feed = createRechunker(ZSTD_FEED);
      pipeline(feed, zstd, () => {
      });
      return Duplex.from({ writable: feed, readable: zstd });
    }
    case "none":
      return new PassThrough();
  }
}
function describeCompression(options) {
  switch (options.format) {
    case "gzip":
      return `gzip level ${options.level ?? DEFAULT_GZIP_LEVEL}, ${(options.blockSize ?? DEFAULT_BLOCK_SIZE) / 1024} KiB blocks`;
    case "zstd":
      return `zstd level ${options.level ?? DEFAULT_ZSTD_LEVEL}`;
    case "none":
      return "uncompressed";
  }
}

// src/image/config.ts
function flattenConfig(source, options) {
  const config = structuredClone(source);
  const created = options.created ?? (distribution_default.string(config.created) ? config.created : void 0);
  if (options.created !== void 0) config.created = options.created;
  const rootfs = config.rootfs;
  rootfs.diff_ids = [...options.keptDiffIds, options.mergedDiffId];
  const history = distribution_default.array(config.history) ? config.history : [];
  config.history = [...markMergedEntriesEmpty(history, options.keptLayers), appendedEntry(options, created)];
  if (options.labels !== void 0 && Object.keys(options.labels).length > 0) {
    const runtime = distribution_default.plainObject(config.config) ? config.config : {};
    const labels = distribution_default.plainObject(runtime.Labels) ? runtime.Labels : {};
    runtime.Labels = { ...labels, ...options.labels };
    config.config = runtime;
  }
  return config;
}
function markMergedEntriesEmpty(history, keptLayers) {
  let layerIndex = 0;
  return history.map((entry) => {
    if (entry.empty_layer === true) return { ...entry };
    const kept = layerIndex < keptLayers;
    layerIndex += 1;
    return kept ? { ...entry } : { ...entry, empty_layer: true };
  });
}
function appendedEntry(options, created) {
  const entry = {};
  if (created !== void 0) entry.created = created;
  entry.created_by = `oci-flatten: merged ${options.mergedLayerCount} layer${options.mergedLayerCount === 1 ? "" : "s"} of ${options.sourceDigest}`;
  entry.comment = options.layerFormat === void 0 ? "flattened by oci-flatten" : `flattened by oci-flatten (${options.layerFormat})`;
  return entry;
}
function resolveCreated(value, sourceDateEpoch, now = () => /* @__PURE__ */ new Date()) {
  if (value === "now") return rfc3339(now());
  if (value !== void 0) {
    if (!RFC3339.test(value) || Number.isNaN(Date.parse(value))) {
      throw optionError("created", `options.created ${JSON.stringify(value)} is not an RFC 3339 time (e.g. 2024-05-01T12:00:00Z) or "now"`);
    }
    return value;
  }
  if (sourceDateEpoch !== void 0 && sourceDateEpoch !== "") {
    if (!/^\d+$/.test(sourceDateEpoch)) {
      throw optionError("sourceDateEpoch", `options.sourceDateEpoch ${JSON.stringify(sourceDateEpoch)} is not a whole number of seconds`);
    }
    return rfc3339(new Date(Number(sourceDateEpoch) * 1e3));
  }
  return void 0;
}
var RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
var rfc3339 = (date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

// src/image/layer-types.ts
var LAYERS = /* @__PURE__ */ new Set([
  MediaType.ociLayer,
  MediaType.ociLayerGzip,
  MediaType.ociLayerZstd,
  MediaType.dockerLayer,
  MediaType.dockerLayerGzip
]);
var NONDISTRIBUTABLE = /* @__PURE__ */ new Set([
  MediaType.ociLayerNondistributable,
  MediaType.ociLayerNondistributableGzip,
  MediaType.ociLayerNondistributableZstd,
  MediaType.dockerForeignLayerGzip
]);
function classifyLayer(mediaType, digest, where2) {
  if (LAYERS.has(mediaType)) return "layer";
  if (NONDISTRIBUTABLE.has(mediaType)) return "nondistributable";
  if (mediaType.includes("+encrypted")) {
    throw contentError(`${where2}: layer ${digest} is encrypted (${mediaType}); decrypt the image first (skopeo copy --decryption-key)`);
  }
  throw contentError(`${where2}: layer ${digest} has unsupported media type ${mediaType}`);
}

// src/rootfs/merge.ts
import { Readable } from "node:stream";

// src/rootfs/display-name.ts
function bytesOf(name) {
  return Buffer.from(name, "latin1");
}
function byteStringOf(text4) {
  return Buffer.from(text4, "utf8").toString("latin1");
}
function displayName(name) {
  const bytes = bytesOf(name);
  let out = '"';
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i];
    const length = utf8Length(bytes, i);
    if (length > 1) {
      out += bytes.toString("utf8", i, i + length);
      i += length;
      continue;
    }
    if (byte >= 32 && byte < 127 && byte !== 34 && byte !== 92) out += String.fromCharCode(byte);
    else if (byte === 34) out += '\\"';
    else if (byte === 92) out += "\\\\";
    else out += `\\x${byte.toString(16).padStart(2, "0")}`;
    i++;
  }
  return `${out}"`;
}
function utf8Length(bytes, i) {
  const first = bytes[i];
  let length;
  let min;
  if (first >= 194 && first <= 223) [length, min] = [2, 128];
  else if (first >= 224 && first <= 239) [length, min] = [3, 2048];
  else if (first >= 240 && first <= 244) [length, min] = [4, 65536];
  else return 1;
  if (i + length > bytes.length) return 1;
  let code = first & 255 >> length + 1;
  for (let k = 1; k < length; k++) {
    const next = bytes[i + k];
    if ((next & 192) !== 128) return 1;
    code = code << 6 | next & 63;
  }
  if (code < min || code > 1114111 || code >= 55296 && code <= 57343) return 1;
  if (code < 160 || code === 8232 || code === 8233 || code >= 8234 && code <= 8238 || code >= 8294 && code <= 8297)
    return 1;
  return length;
}

// src/rootfs/early-directories.ts
var EarlyDirectoriesError = class extends FlattenError {
  directories;
  constructor(directories) {
    const first = [...directories.keys()][0] ?? "";
    super(
      "content",
      `${directories.size} directorie(s) of the merged layers replace a file or symlink of a kept layer (first ${displayName(first)}): the merge must run again writing them first`
    );
    this.name = "EarlyDirectoriesError";
    this.directories = directories;
  }
};

// src/rootfs/name-arena.ts
var OFFSET_BITS = 18;
var PAGE_BYTES = 1 << OFFSET_BITS;
var MAX_PAGES = 2 ** (32 - OFFSET_BITS);
var WIDE = 1;
function createNameArena() {
  const pages = [];
  let page = new Uint8Array(0);
  let used = 0;
  let bytes = 0;
  let data = page;
  let at = 0;
  let header = 0;
  const locate = (ref) => {
    const found = pages[ref >>> OFFSET_BITS];
    if (found === void 0) throw new RangeError(`no name ${ref} in this arena`);
    data = found;
    at = ref & PAGE_BYTES - 1;
    header = 0;
    for (let scale = 1; ; scale *= 128) {
      const byte = data[at++];
      header += (byte & 127) * scale;
      if (byte < 128) return;
    }
  };
  return {
    add(path, start, end) {
      let wide = false;
      for (let i = start; i < end && !wide; i++) wide = path.charCodeAt(i) > 255;
      const length = (end - start) * (wide ? 2 : 1);
      const stored = length * 2 + (wide ? WIDE : 0);
      const size = length + 5;
      if (used + size > page.length) {
        if (pages.length === MAX_PAGES) throw new RangeError("more than 4 GiB of path names");
        page = new Uint8Array(Math.max(PAGE_BYTES, size));
        pages.push(page);
        bytes += page.length;
        used = 0;
      }
      const ref = (pages.length - 1) * PAGE_BYTES + used;
      let next = used;
      for (let rest = stored; ; rest = Math.floor(rest / 128)) {
        if (rest < 128) {
          page[next++] = rest;
          break;
        }
        page[next++] = rest % 128 | 128;
      }
      for (let i = start; i < end; i++) {
        const code = path.charCodeAt(i);
        page[next++] = code & 255;
        if (wide) page[next++] = code >>> 8;
      }
      used = next;
      return ref;
    },
    equals(ref, path, start, end) {
      locate(ref);
      const count = end - start;
      if ((header & WIDE) === 0) {
        if (header >>> 1 !== count) return false;
        for (let i = 0; i < count; i++) if (data[at + i] !== path.charCodeAt(start + i)) return false;
        return true;
      }
      if (header >>> 1 !== count * 2) return false;
      for (let i = 0; i < count; i++) {
        if ((data[at + 2 * i] | data[at + 2 * i + 1] << 8) !== path.charCodeAt(start + i)) return false;
      }
      return true;
    },
    fold(ref, acc, step) {
      locate(ref);
      const length = header >>> 1;
      let value = acc;
      if ((header & WIDE) === 0) for (let i = 0; i < length; i++) value = step(value, data[at + i]);
      else for (let i = 0; i < length; i += 2) value = step(value, data[at + i] | data[at + i + 1] << 8);
      return value;
    },
    text(ref) {
      locate(ref);
      const chars = Buffer.from(data.buffer, data.byteOffset + at, header >>> 1);
      return (header & WIDE) === 0 ? chars.toString("latin1") : chars.toString("utf16le");
    },
    get bytes() {
      return bytes;
    }
  };
}

// src/rootfs/path-tree.ts
var PAGE_BITS = 14;
var PAGE_NODES = 1 << PAGE_BITS;
var PAGE_MASK = PAGE_NODES - 1;
var FNV_PRIME = 16777619;
var fnvStep = (hash, code) => Math.imul(hash ^ code, FNV_PRIME);
function createPathTree(options = {}) {
  const mix = options.mixHash ?? ((hash) => hash ^ hash >>> 15);
  const names = createNameArena();
  const parentPages = [];
  const namePages = [];
  let table = new Int32Array(2 ** Math.ceil(Math.log2(Math.max(16, options.initialCapacity ?? 1024) * 2)));
  let mask = table.length - 1;
  let size = 0;
  let lastDir = "";
  let lastDirId = -1;
  let lastPath = "";
  let lastPathId = 0;
  const parentOf2 = (id) => parentPages[id >>> PAGE_BITS][id & PAGE_MASK];
  const nameOf = (id) => namePages[id >>> PAGE_BITS][id & PAGE_MASK];
  const seed = (parent) => Math.imul(2166136261 ^ parent, FNV_PRIME);
  const hashName = (parent, path, start, end) => {
    let hash = seed(parent);
    for (let i = start; i < end; i++) hash = fnvStep(hash, path.charCodeAt(i));
    return mix(hash) | 0;
  };
  const hashNode = (id) => {
    const parent = parentOf2(id);
    return mix(names.fold(nameOf(id), seed(parent), fnvStep)) | 0;
  };
  const addNode = (parent, name) => {
    const id = size++;
    if ((id & PAGE_MASK) === 0) {
      parentPages.push(new Int32Array(PAGE_NODES));
      namePages.push(new Uint32Array(PAGE_NODES));
    }
    parentPages[id >>> PAGE_BITS][id & PAGE_MASK] = parent;
    namePages[id >>> PAGE_BITS][id & PAGE_MASK] = name;
    return id;
  };
  const growTable = () => {
    table = new Int32Array(table.length * 2);
    mask = table.length - 1;
    for (let id = 1; id < size; id++) {
      let slot = hashNode(id) & mask;
      while (table[slot] !== 0) slot = slot + 1 & mask;
      table[slot] = id + 1;
    }
  };
  const child = (parent, path, start, end, add2) => {
    const hash = hashName(parent, path, start, end);
    let slot = hash & mask;
    for (; ; ) {
      const entry = table[slot];
      if (entry === 0) break;
      const id2 = entry - 1;
      if (parentOf2(id2) === parent && names.equals(nameOf(id2), path, start, end)) return id2;
      slot = slot + 1 & mask;
    }
    if (!add2) return -1;
    const id = addNode(parent, names.add(path, start, end));
    if (size * 2 > table.length) growTable();
    else table[slot] = id + 1;
    return id;
  };
  const walk2 = (path, add2) => {
    let id = 0;
    let begin = 0;
    for (let slash = path.indexOf("/", begin); id !== -1; slash = path.indexOf("/", begin)) {
      const end = slash === -1 ? path.length : slash;
      id = child(id, path, begin, end, add2);
      if (slash === -1) break;
      begin = slash + 1;
    }
    return id;
  };
  const resolve3 = (path, add2) => {
    if (path === lastPath) return lastPathId;
    if (path === "") return 0;
    const slash = path.lastIndexOf("/");
    let id;
    if (slash === -1) id = child(0, path, 0, path.length, add2);
    else {
      let dir;
      if (lastDirId !== -1 && slash === lastDir.length && path.startsWith(lastDir)) dir = lastDirId;
      else {
        dir = walk2(path.slice(0, slash), add2);
        if (dir === -1) return -1;
        lastDir = path.slice(0, slash);
        lastDirId = dir;
      }
      id = child(dir, path, slash + 1, path.length, add2);
    }
    if (id !== -1) {
      lastPath = path;
      lastPathId = id;
    }
    return id;
  };
  const check = (id) => {
    if (!Number.isInteger(id) || id < 0 || id >= size) throw new RangeError(`no path ${id} in this tree`);
  };
  addNode(-1, names.add("", 0, 0));
  return {
    intern: (path) => resolve3(path, true),
    find: (path) => resolve3(path, false),
    parent(id) {
      check(id);
      return parentOf2(id);
    },
    pathOf(id) {
      check(id);
      const parts = [];
      for (let at = id; at > 0; at = parentOf2(at)) parts.push(names.text(nameOf(at)));
      return parts.reverse().join("/");
    },
    get size() {
      return size;
    }
  };
}

// src/rootfs/path-index.ts
var EMITTED_DIR = 1;
var EMITTED_OTHER = 2;
var WHITED_OUT = 4;
var OPAQUE = 8;
var HAS_EMITTED_CHILD = 16;
var REPLACED = 32;
var PARENT_USED = 64;
var HIDES_SUBTREE = EMITTED_OTHER | WHITED_OUT | OPAQUE | REPLACED;
function createPathIndex(tree = createPathTree()) {
  let bits = new Uint8Array(1024);
  let size = 0;
  const at = (id) => id < bits.length ? bits[id] : 0;
  const set = (id, value) => {
    if (id >= bits.length) {
      const grown = new Uint8Array(Math.max(bits.length * 2, id + 1));
      grown.set(bits);
      bits = grown;
    }
    if (bits[id] === 0 && value !== 0) size++;
    bits[id] = value;
  };
  const flags = (path) => {
    const id = tree.find(path);
    return id === -1 ? 0 : at(id);
  };
  const ancestorHas = (id, mask) => {
    for (let parent = tree.parent(id); parent !== -1; parent = tree.parent(parent)) if ((at(parent) & mask) !== 0) return true;
    return false;
  };
  return {
    flags,
    add(path, more) {
      const id = tree.intern(path);
      set(id, at(id) | more);
    },
    isHidden(path) {
      if (size === 0) return false;
      const id = tree.intern(path);
      if ((at(id) & (EMITTED_OTHER | WHITED_OUT | EMITTED_DIR)) !== 0) return true;
      return ancestorHas(id, HIDES_SUBTREE);
    },
    markEmitted(path, isDir, trackChildren) {
      const id = tree.intern(path);
      set(id, at(id) | (isDir ? EMITTED_DIR : EMITTED_OTHER));
      if (!trackChildren) return;
      for (let parent = tree.parent(id); parent !== -1; parent = tree.parent(parent)) {
        const value = at(parent);
        if ((value & HAS_EMITTED_CHILD) !== 0) break;
        set(parent, value | HAS_EMITTED_CHILD);
      }
    },
    markParentsUsed(path) {
      const id = tree.intern(path);
      for (let parent = id === 0 ? -1 : tree.parent(id); parent > 0; parent = tree.parent(parent)) {
        const value = at(parent);
        if ((value & PARENT_USED) !== 0) break;
        set(parent, value | PARENT_USED);
      }
    },
    get size() {
      return size;
    }
  };
}

// src/rootfs/paths.ts
var WHITEOUT_PREFIX = ".wh.";
var OPAQUE_MARKER = ".wh..wh..opq";
function normalisePath(name) {
  if (!name.includes("//") && !/(^|\/)\.\.?(\/|$)/.test(name) && !name.startsWith("/")) {
    return name.endsWith("/") ? name.slice(0, -1) : name;
  }
  const parts = [];
  for (const part of name.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return void 0;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}
function parentOf(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}
function joinPath(dir, name) {
  return dir === "" ? name : `${dir}/${name}`;
}
function classifyName(path) {
  const slash = path.lastIndexOf("/");
  const base = path.slice(slash + 1);
  if (!base.startsWith(WHITEOUT_PREFIX)) return { kind: "content" };
  const dir = slash === -1 ? "" : path.slice(0, slash);
  if (base === OPAQUE_MARKER) return { kind: "opaque", dir };
  if (base.startsWith(".wh..wh.")) return { kind: "meta" };
  const target = base.slice(WHITEOUT_PREFIX.length);
  if (target === "") return { kind: "invalid", reason: 'bare whiteout ".wh." names nothing' };
  if (target === "." || target === "..") return { kind: "invalid", reason: `whiteout of ${JSON.stringify(target)}` };
  return { kind: "whiteout", target: joinPath(dir, target) };
}
function forEachAncestor(path, fn) {
  if (path === "") return false;
  if (fn("") === true) return true;
  for (let i = path.indexOf("/"); i !== -1; i = path.indexOf("/", i + 1)) {
    if (fn(path.slice(0, i)) === true) return true;
  }
  return false;
}
function isUnder(path, dir) {
  return dir === "" ? path !== "" : path.length > dir.length && path.startsWith(dir) && path.charCodeAt(dir.length) === 47;
}

// src/rootfs/markers.ts
function createMarkerSet() {
  return { whiteouts: /* @__PURE__ */ new Set(), opaques: /* @__PURE__ */ new Set() };
}
function addMarkerFor(path, merged, markers) {
  const decide2 = (at, isSelf) => {
    const bits = merged.flags(at);
    if ((bits & EMITTED_OTHER) !== 0) return true;
    if ((bits & WHITED_OUT) !== 0) {
      if (isSelf && (bits & EMITTED_DIR) !== 0) return true;
      if ((bits & (EMITTED_DIR | HAS_EMITTED_CHILD)) !== 0) markers.opaques.add(at);
      else markers.whiteouts.add(at);
      return true;
    }
    if ((bits & (OPAQUE | REPLACED)) !== 0 && !isSelf) {
      markers.opaques.add(at);
      return true;
    }
    return false;
  };
  if (forEachAncestor(path, (ancestor) => decide2(ancestor, false))) return;
  decide2(path, true);
}
function markerNames(markers) {
  const names = [];
  for (const path of markers.whiteouts) {
    const slash = path.lastIndexOf("/");
    names.push([path, joinPath(parentOf(path), `${WHITEOUT_PREFIX}${path.slice(slash + 1)}`)]);
  }
  for (const dir of markers.opaques) names.push([dir, joinPath(dir, OPAQUE_MARKER)]);
  names.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
  return names.map(([, name]) => name);
}

// src/stream/chunks.ts
import { finished } from "node:stream";
var QUEUED = 2;
function chunksOf(stream) {
  const queue = [];
  let ended = false;
  let failure;
  let wake;
  const notify = () => {
    const waiter = wake;
    wake = void 0;
    waiter?.();
  };
  stream.on("data", (chunk) => {
    queue.push(chunk);
    if (queue.length >= QUEUED) stream.pause();
    notify();
  });
  stream.pause();
  finished(stream, (error) => {
    if (error) failure ??= error;
    else ended = true;
    notify();
  });
  const iterator = {
    async next() {
      for (; ; ) {
        const chunk = queue.shift();
        if (chunk !== void 0) return { value: chunk, done: false };
        if (failure !== void 0) throw failure;
        if (ended) return { value: void 0, done: true };
        await new Promise((resolve3) => {
          wake = resolve3;
          if (stream.isPaused()) stream.resume();
        });
      }
    },
    async return() {
      stream.destroy();
      return { value: void 0, done: true };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    }
  };
  return iterator;
}

// src/rootfs/tar-sparse.ts
var isSparseKey = (key2) => key2.startsWith("GNU.sparse.");
function sparseRecords(records, fail) {
  const text4 = (key2) => records.get(key2)?.toString("latin1") ?? "";
  const major = text4("GNU.sparse.major");
  const minor = text4("GNU.sparse.minor");
  let mapInData;
  if (major === "0" && (minor === "0" || minor === "1")) mapInData = false;
  else if (major === "1" && minor === "0") mapInData = true;
  else if (major !== "" || minor !== "")
    return void 0;
  else if (text4("GNU.sparse.map") !== "")
    mapInData = false;
  else return void 0;
  const name = text4("GNU.sparse.name");
  const size = text4("GNU.sparse.size") || text4("GNU.sparse.realsize");
  return {
    mapInData,
    fragments: mapInData ? void 0 : parseMap0x1(text4("GNU.sparse.numblocks"), text4("GNU.sparse.map"), fail),
    realSize: size === "" ? void 0 : decimal(size, "sparse size", fail),
    name: name === "" ? void 0 : name
  };
}
function parseMap0x1(count, map, fail) {
  const entries = decimal(count, "GNU.sparse.numblocks", fail);
  const numbers = map === "" ? [] : map.split(",");
  if (entries < 0 || numbers.length !== 2 * entries) fail("malformed PAX sparse map");
  const fragments = [];
  for (let i = 0; i < numbers.length; i += 2) {
    fragments.push({
      offset: decimal(numbers[i], "sparse offset", fail),
      length: decimal(numbers[i + 1], "sparse length", fail)
    });
  }
  return fragments;
}
function parseMap1x0(blocks, fail) {
  let newlines = 0;
  for (let at = blocks.indexOf(10); at !== -1; at = blocks.indexOf(10, at + 1)) newlines++;
  if (newlines < 1) return 1;
  const tokens = blocks.toString("latin1").split("\n");
  const entries = decimal(tokens[0], "sparse map size", fail);
  if (entries < 0) fail("malformed sparse map");
  if (newlines < 1 + 2 * entries) return 1 + 2 * entries - newlines;
  const fragments = [];
  for (let i = 0; i < entries; i++) {
    fragments.push({
      offset: decimal(tokens[1 + 2 * i], "sparse offset", fail),
      length: decimal(tokens[2 + 2 * i], "sparse length", fail)
    });
  }
  return fragments;
}
function checkFragments(fragments, realSize, stored, fail) {
  let end = 0;
  let total = 0;
  for (const { offset, length } of fragments) {
    if (offset < 0 || length < 0 || offset + length > realSize || offset < end) fail("invalid sparse map");
    end = offset + length;
    total += length;
  }
  if (total !== stored) fail(`sparse file stores ${stored} data bytes but its map names ${total}`);
}
var ZEROS = Buffer.alloc(64 * 1024);
async function* expandSparse(fragments, realSize, data) {
  const source = data[Symbol.asyncIterator]();
  let pending = Buffer.alloc(0);
  let position = 0;
  function* zeros(until) {
    while (position < until) {
      const take = Math.min(until - position, ZEROS.length);
      position += take;
      yield ZEROS.subarray(0, take);
    }
  }
  for (const { offset, length } of fragments) {
    yield* zeros(offset);
    let need = length;
    while (need > 0) {
      if (pending.length === 0) {
        const step = await source.next();
        if (step.done === true) return;
        pending = step.value;
        continue;
      }
      const take = Math.min(need, pending.length);
      yield pending.subarray(0, take);
      pending = pending.subarray(take);
      need -= take;
      position += take;
    }
  }
  for (let step = await source.next(); step.done !== true; step = await source.next()) ;
  yield* zeros(realSize);
}
function decimal(text4, what, fail) {
  if (!/^[+-]?[0-9]+$/.test(text4)) fail(`invalid ${what} ${displayName(text4)}`);
  const value = Number(text4);
  if (!Number.isSafeInteger(value)) fail(`${what} ${text4} is too large`);
  return value;
}

// src/rootfs/tar-reader.ts
var BLOCK = 512;
var MAX_META = 1024 * 1024;
var MAX_SPARSE_MAP = 8 * 1024 * 1024;
var ZERO_CODE = 48;
var KINDS = {
  "0": "file",
  "\0": "file",
  "1": "link",
  "2": "symlink",
  "3": "char",
  "4": "block",
  "5": "dir",
  "6": "fifo"
};
var REFUSED = {
  S: "old GNU sparse file",
  "7": "contiguous file",
  D: "GNU directory dump",
  M: "GNU multi-volume continuation",
  N: "GNU old long name",
  V: "GNU volume label"
};
var HEADER_ONLY = /* @__PURE__ */ new Set(["1", "2", "3", "4", "5", "6"]);
var SPARSE_MARKERS = ["GNU.sparse.major", "GNU.sparse.minor", "GNU.sparse.map"];
var REGENERATED = /* @__PURE__ */ new Set(["path", "linkpath", "size"]);
function createTarReader(stream, layerId) {
  const iterator = chunksOf(stream);
  let chunk = Buffer.alloc(0);
  let offset = 0;
  let ended = false;
  let bytesRead = 0;
  let remaining = 0;
  let padding = 0;
  let sparse;
  let finished4 = false;
  let lastName = "(start of archive)";
  const fail = (what) => {
    throw contentError(`layer ${layerId}: ${what} (after ${displayName(lastName)})`);
  };
  async function fill() {
    while (offset >= chunk.length) {
      if (ended) return false;
      const step = await iterator.next();
      if (step.done === true) {
        ended = true;
        return false;
      }
      chunk = Buffer.isBuffer(step.value) ? step.value : Buffer.from(step.value);
      offset = 0;
      bytesRead += chunk.length;
    }
    return true;
  }
  function takeBuffered(n) {
    if (chunk.length - offset < n) return void 0;
    const out = chunk.subarray(offset, offset + n);
    offset += n;
    return out;
  }
  async function read2(n) {
    const buffered = n > 0 ? takeBuffered(n) : void 0;
    if (buffered !== void 0) return buffered;
    if (!await fill()) return Buffer.alloc(0);
    if (chunk.length - offset >= n) {
      const out = chunk.subarray(offset, offset + n);
      offset += n;
      return out;
    }
    const parts = [];
    let need = n;
    while (need > 0 && await fill()) {
      const take = Math.min(need, chunk.length - offset);
      parts.push(chunk.subarray(offset, offset + take));
      offset += take;
      need -= take;
    }
    return Buffer.concat(parts);
  }
  async function discard2(n) {
    let need = n;
    while (need > 0) {
      if (!await fill()) fail(`truncated tar: input ended inside ${displayName(lastName)}`);
      const take = Math.min(need, chunk.length - offset);
      offset += take;
      need -= take;
    }
  }
  async function readPadding() {
    const want = padding;
    padding = 0;
    if (want === 0) return;
    const got = await read2(want);
    if (got.length < want) finished4 = true;
  }
  function paddingBuffered() {
    if (padding > 0 && takeBuffered(padding) === void 0) return false;
    padding = 0;
    return true;
  }
  async function* storedBody() {
    while (remaining > 0) {
      if (!await fill()) fail(`truncated tar: input ended inside ${displayName(lastName)}`);
      const take = Math.min(remaining, chunk.length - offset);
      const out = chunk.subarray(offset, offset + take);
      offset += take;
      remaining -= take;
      yield out;
    }
    if (!paddingBuffered()) await readPadding();
  }
  function body() {
    if (sparse === void 0) return storedBody();
    const { fragments, size } = sparse;
    sparse = void 0;
    return expandSparse(fragments, size, storedBody());
  }
  async function skip() {
    sparse = void 0;
    if (skipBuffered()) return;
    await discard2(remaining);
    remaining = 0;
    await readPadding();
  }
  function skipBuffered() {
    if (chunk.length - offset < remaining + padding) return false;
    offset += remaining + padding;
    remaining = 0;
    padding = 0;
    return true;
  }
  async function readMeta(size, what) {
    if (size > MAX_META) fail(`${what} of ${size} bytes is too large`);
    const data = takeBuffered(size) ?? await read2(size);
    if (data.length < size) fail(`truncated tar: input ended inside a ${what}`);
    padding = pad(size);
    if (!paddingBuffered()) await readPadding();
    const copy = Buffer.allocUnsafeSlow(size);
    data.copy(copy);
    return copy;
  }
  async function drain() {
    offset = chunk.length;
    while (await fill()) offset = chunk.length;
  }
  function headerBuffered() {
    if (finished4 || chunk.length - offset < BLOCK || isZero(chunk, offset)) return void 0;
    return takeBuffered(BLOCK);
  }
  async function readHeaderBlock() {
    if (finished4) return void 0;
    const block = await read2(BLOCK);
    if (block.length === 0) return void 0;
    if (block.length < BLOCK) fail("truncated tar: input ended inside a header");
    if (!isZero(block)) return block;
    const second = await read2(BLOCK);
    if (second.length === 0) return void 0;
    if (second.length < BLOCK) fail("truncated tar: input ended inside the end-of-archive blocks");
    if (!isZero(second)) fail("a zero block followed by a non-zero block");
    await drain();
    return void 0;
  }
  async function readSparseMap() {
    const blocks = [];
    for (; ; ) {
      const parsed = parseMap1x0(Buffer.concat(blocks), fail);
      if (typeof parsed !== "number") return parsed;
      if (remaining < BLOCK) fail(`truncated sparse map in ${displayName(lastName)}`);
      if (blocks.length * BLOCK >= MAX_SPARSE_MAP) fail("sparse map is too large");
      const block = await read2(BLOCK);
      if (block.length < BLOCK) fail(`truncated tar: input ended inside the sparse map of ${displayName(lastName)}`);
      remaining -= BLOCK;
      blocks.push(Buffer.from(block));
    }
  }
  async function next() {
    if ((remaining > 0 || padding > 0) && !skipBuffered()) await skip();
    sparse = void 0;
    let pax;
    let longName;
    let longLink;
    for (; ; ) {
      const block = headerBuffered() ?? await readHeaderBlock();
      if (block === void 0) return void 0;
      verifyChecksum(block, fail);
      const flag = String.fromCharCode(block[156] ?? 0);
      const size = readNumber(block, 124, 12, fail);
      if (size < 0 && !HEADER_ONLY.has(flag)) fail("negative size in tar header");
      if (flag === "x" || flag === "g" || flag === "L" || flag === "K") {
        const data = await readMeta(size, flag === "L" || flag === "K" ? "GNU long name" : "PAX header");
        if (flag === "x") pax = parsePax(data, fail);
        else if (flag === "g") {
          parsePax(data, fail);
          pax = void 0;
          longName = void 0;
          longLink = void 0;
        } else if (flag === "L") longName = cString(data);
        else longLink = cString(data);
        continue;
      }
      const header = decodeHeader(block, flag, size, pax, longName, longLink, fail);
      lastName = header.name;
      if (KINDS[flag] === void 0) {
        const shown2 = /^[\x21-\x7e]$/.test(flag) ? flag : `\\x${flag.charCodeAt(0).toString(16).padStart(2, "0")}`;
        throw contentError(
          `layer ${layerId}: ${displayName(header.name)}: unsupported tar entry type '${shown2}' (${REFUSED[flag] ?? "unknown type"}), which containerd refuses too`
        );
      }
      if (header.kind !== "file") header.size = 0;
      if (header.size < 0) fail(`negative size for ${displayName(header.name)}`);
      remaining = header.size;
      padding = pad(header.size);
      const described = pax === void 0 || !SPARSE_MARKERS.some((key2) => pax?.has(key2)) ? void 0 : sparseRecords(pax, fail);
      if (described !== void 0) {
        if (header.kind !== "file") fail(`sparse records on a ${header.kind}`);
        if (described.name !== void 0) lastName = header.name = described.name;
        const fragments = described.fragments ?? await readSparseMap();
        const size2 = described.realSize ?? header.size;
        checkFragments(fragments, size2, remaining, fail);
        sparse = { fragments, size: size2 };
        header.size = size2;
      }
      return header;
    }
  }
  return {
    next,
    body,
    skip,
    get bytesRead() {
      return bytesRead;
    }
  };
}
function pad(size) {
  const rest = size % BLOCK;
  return rest === 0 ? 0 : BLOCK - rest;
}
function isZero(block, offset = 0) {
  for (let i = offset; i < offset + BLOCK; i++) if (block[i] !== 0) return false;
  return true;
}
function verifyChecksum(block, fail) {
  const stored = readOctal(block, 148, 8, fail);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const byte = i >= 148 && i < 156 ? 32 : block[i] ?? 0;
    unsigned += byte;
    signed += byte > 127 ? byte - 256 : byte;
  }
  if (stored !== unsigned && stored !== signed) fail(`bad tar header checksum (stored ${stored}, computed ${unsigned})`);
}
function readNumber(block, offset, length, fail) {
  const first = block[offset] ?? 0;
  if ((first & 128) === 0) return readOctal(block, offset, length, fail);
  const negative = (first & 64) !== 0;
  const invert = negative ? 255 : 0;
  let value = (first ^ invert) & 127;
  for (let i = 1; i < length; i++) value = value * 256 + ((block[offset + i] ?? 0) ^ invert);
  if (!Number.isSafeInteger(value)) fail("number in tar header is too large");
  return negative ? -value - 1 : value;
}
function readOctal(block, offset, length, fail) {
  let start = offset;
  let end = offset + length;
  while (start < end && (block[start] === 32 || block[start] === 0)) start++;
  while (end > start && (block[end - 1] === 32 || block[end - 1] === 0)) end--;
  let value = 0;
  for (let i = start; i < end; i++) {
    const byte = block[i] ?? 0;
    if (byte === 0) break;
    if (byte < ZERO_CODE || byte > ZERO_CODE + 7) fail("invalid octal number in tar header");
    value = value * 8 + (byte - ZERO_CODE);
  }
  if (!Number.isSafeInteger(value)) fail("number in tar header is too large");
  return value;
}
function gnuTimeParses(block, offset) {
  if (block[offset] === 0) return true;
  try {
    readNumber(block, offset, 12, (what) => {
      throw new Error(what);
    });
    return true;
  } catch {
    return false;
  }
}
function cString(data) {
  const end = data.indexOf(0);
  return data.toString("latin1", 0, end === -1 ? data.length : end);
}
function field(block, offset, length) {
  return cString(block.subarray(offset, offset + length));
}
function parsePax(data, fail) {
  const records = /* @__PURE__ */ new Map();
  const sparseMap = [];
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(32, offset);
    const digits = space === -1 ? "" : data.toString("latin1", offset, space);
    const length = /^[+-]?[0-9]+$/.test(digits) ? Number(digits) : NaN;
    if (!(length >= 5) || length <= space - offset + 1 || offset + length > data.length || data[offset + length - 1] !== 10) {
      fail("malformed PAX record");
    }
    const record = data.subarray(space + 1, offset + length - 1);
    const equals = record.indexOf(61);
    if (equals <= 0) fail("malformed PAX record");
    const key2 = record.toString("latin1", 0, equals);
    const value = record.subarray(equals + 1);
    const nul = key2 === "path" || key2 === "linkpath" || key2 === "uname" || key2 === "gname" ? value.includes(0) : key2.includes("\0");
    if (nul) fail("malformed PAX record");
    offset += length;
    if (key2 === "GNU.sparse.offset" || key2 === "GNU.sparse.numbytes") {
      const expected = sparseMap.length % 2 === 0 ? "GNU.sparse.offset" : "GNU.sparse.numbytes";
      if (key2 !== expected || value.includes(44)) fail("malformed PAX sparse records");
      sparseMap.push(value.toString("latin1"));
      continue;
    }
    records.set(key2, value);
  }
  if (sparseMap.length > 0) records.set("GNU.sparse.map", Buffer.from(sparseMap.join(","), "latin1"));
  return records;
}
function formatOf(block) {
  if (block[257] !== 117 || block[258] !== 115 || block[259] !== 116 || block[260] !== 97 || block[261] !== 114) return "v7";
  if (block[262] === 0) return block[508] === 116 && block[509] === 97 && block[510] === 114 && block[511] === 0 ? "star" : "ustar";
  if (block[262] === 32 && block[263] === 32 && block[264] === 0) return "gnu";
  return "v7";
}
var PAX_TIME = /^[+-]?[0-9]+(\.[0-9]*)?$/;
function decodeHeader(block, flag, rawSize, pax, longName, longLink, fail) {
  const format = formatOf(block);
  let name = field(block, 0, 100);
  let prefix = format === "ustar" ? field(block, 345, 155) : format === "star" ? field(block, 345, 131) : "";
  if (format === "gnu" && !(gnuTimeParses(block, 345) && gnuTimeParses(block, 357))) {
    const candidate = field(block, 345, 155);
    if (/^[\x00-\x7f]*$/.test(candidate)) prefix = candidate;
  }
  if (prefix !== "") name = `${prefix}/${name}`;
  const extended = format !== "v7";
  const header = {
    name,
    linkname: field(block, 157, 100),
    kind: KINDS[flag] ?? "file",
    mode: readNumber(block, 100, 8, fail) & 4095,
    uid: readNumber(block, 108, 8, fail),
    gid: readNumber(block, 116, 8, fail),
    uname: extended ? field(block, 265, 32) : "",
    gname: extended ? field(block, 297, 32) : "",
    mtime: readNumber(block, 136, 12, fail),
    size: rawSize,
    devmajor: extended ? readNumber(block, 329, 8, fail) : 0,
    devminor: extended ? readNumber(block, 337, 8, fail) : 0,
    pax: void 0
  };
  const carried = [];
  for (const [key2, value] of pax ?? []) {
    if (isSparseKey(key2)) continue;
    if (value.length === 0 && (REGENERATED.has(key2) || key2 === "uid" || key2 === "gid" || key2 === "uname" || key2 === "gname" || key2 === "mtime"))
      continue;
    const text4 = () => value.toString("latin1");
    switch (key2) {
      case "path":
        header.name = text4();
        break;
      case "linkpath":
        header.linkname = text4();
        break;
      case "size":
        header.size = decimal(text4(), "PAX size record", fail);
        break;
      case "uid":
        header.uid = decimal(text4(), "PAX uid record", fail);
        break;
      case "gid":
        header.gid = decimal(text4(), "PAX gid record", fail);
        break;
      case "uname":
        header.uname = text4();
        break;
      case "gname":
        header.gname = text4();
        break;
      case "mtime":
      case "atime":
      case "ctime": {
        if (value.length === 0) break;
        if (!PAX_TIME.test(text4())) fail(`invalid PAX ${key2} record ${displayName(text4())}`);
        if (key2 === "mtime") header.mtime = Math.floor(Number(text4()));
        break;
      }
    }
    if (!REGENERATED.has(key2)) carried.push([key2, value]);
  }
  if (carried.length > 0) header.pax = carried;
  if (longName !== void 0 && longName !== "") header.name = longName;
  if (longLink !== void 0 && longLink !== "") header.linkname = longLink;
  if (flag === "\0" && header.name.endsWith("/")) header.kind = "dir";
  return header;
}

// src/rootfs/layer-headers.ts
async function forEachHeader(input, signal, visit) {
  const stream = await input.open();
  const reader = createTarReader(stream, input.id);
  try {
    let ordinal = -1;
    for (let header = await reader.next(); header !== void 0; header = await reader.next()) {
      ordinal++;
      if ((ordinal & 1023) === 0) signal?.throwIfAborted();
      await reader.skip();
      visit(header, ordinal);
    }
  } finally {
    stream.destroy();
  }
}

// src/rootfs/layer-survivors.ts
function createLayerSurvivors() {
  const root = { member: void 0, kind: "dir", children: /* @__PURE__ */ new Map() };
  const hidden = /* @__PURE__ */ new Set();
  const hideAll = (node) => {
    if (node.member !== void 0) hidden.add(node.member);
    for (const child of node.children.values()) hideAll(child);
  };
  const find = (path) => {
    let parent = root;
    const parts = path.split("/");
    for (let i = 0; i < parts.length - 1; i++) {
      const next = parent.children.get(parts[i]);
      if (next === void 0) return void 0;
      parent = next;
    }
    const name = parts[parts.length - 1];
    return { parent, name, node: parent.children.get(name) };
  };
  const removeNotUnpacked = (node) => {
    for (const [name, child] of node.children) {
      if (child.kind === "implicit") {
        hideAll(child);
        node.children.delete(name);
      } else if (child.kind === "dir") removeNotUnpacked(child);
    }
  };
  return {
    member(ordinal, path, isDir) {
      if (path === "") return;
      let parent = root;
      const parts = path.split("/");
      for (let i = 0; i < parts.length - 1; i++) {
        const part = parts[i];
        let next = parent.children.get(part);
        if (next === void 0) {
          next = { member: void 0, kind: "implicit", children: /* @__PURE__ */ new Map() };
          parent.children.set(part, next);
        }
        parent = next;
      }
      const name = parts[parts.length - 1];
      const existing = parent.children.get(name);
      if (existing !== void 0 && isDir && existing.kind !== "other") {
        if (existing.member !== void 0) hidden.add(existing.member);
        existing.member = ordinal;
        existing.kind = "dir";
        return;
      }
      if (existing !== void 0) hideAll(existing);
      parent.children.set(name, { member: ordinal, kind: isDir ? "dir" : "other", children: /* @__PURE__ */ new Map() });
    },
    whiteout(target) {
      const found = find(target);
      if (found?.node === void 0) return;
      hideAll(found.node);
      found.parent.children.delete(found.name);
    },
    opaque(dir) {
      const node = dir === "" ? root : find(dir)?.node;
      if (node !== void 0) removeNotUnpacked(node);
    },
    hidden
  };
}

// src/rootfs/live-symlinks.ts
function createLiveSymlinks() {
  const links = /* @__PURE__ */ new Map();
  const below = /* @__PURE__ */ new Map();
  const adjust = (path, delta) => {
    forEachAncestor(path, (ancestor) => {
      const count = (below.get(ancestor) ?? 0) + delta;
      if (count === 0) below.delete(ancestor);
      else below.set(ancestor, count);
    });
  };
  const remove = (path, olderThan) => {
    const link = links.get(path);
    if (link === void 0 || link.layer >= olderThan) return;
    links.delete(path);
    adjust(path, -1);
  };
  const removeBelow = (dir, olderThan) => {
    if (!below.has(dir)) return;
    for (const path of [...links.keys()]) if (isUnder(path, dir)) remove(path, olderThan);
  };
  return {
    lookup: (path) => links.get(path)?.target,
    add(path, target, layer) {
      if (!links.has(path)) adjust(path, 1);
      links.set(path, { target, layer });
    },
    removeTree(path, olderThan) {
      remove(path, olderThan);
      removeBelow(path, olderThan);
    },
    removeBelow,
    get size() {
      return links.size;
    }
  };
}

// src/rootfs/resolve-path.ts
var MAX_LINKS = 255;
var SymlinkLoopError = class extends Error {
  path;
  constructor(path) {
    super(`too many levels of symbolic links (more than ${MAX_LINKS}) resolving its parent directories`);
    this.name = "SymlinkLoopError";
    this.path = path;
  }
};
function resolveFully(path, lookup3) {
  if (path === "") return "";
  const resolved = [];
  const todo = path.split("/").reverse();
  let links = 0;
  while (todo.length > 0) {
    const part = todo.pop();
    if (part === "" || part === ".") continue;
    if (part === "..") {
      resolved.pop();
      continue;
    }
    resolved.push(part);
    const target = lookup3(resolved.join("/"));
    if (target === void 0) continue;
    if (++links > MAX_LINKS) throw new SymlinkLoopError(path);
    resolved.pop();
    if (target.startsWith("/")) resolved.length = 0;
    const parts = target.split("/");
    for (let i = parts.length - 1; i >= 0; i--) todo.push(parts[i]);
  }
  return resolved.join("/");
}
function resolveMemberPath(path, lookup3) {
  const slash = path.lastIndexOf("/");
  if (slash === -1) return path;
  const parent = resolveFully(path.slice(0, slash), lookup3);
  const base = path.slice(slash + 1);
  return parent === "" ? base : `${parent}/${base}`;
}

// src/rootfs/symlink-parents.ts
var SymlinkParentsError = class extends FlattenError {
  layerId;
  path;
  constructor(layerId, path) {
    super("content", `layer ${layerId}: ${displayName(path)} lies under a symlink: the merge must run again with resolved paths`);
    this.name = "SymlinkParentsError";
    this.layerId = layerId;
    this.path = path;
  }
};
var MemberError = class extends FlattenError {
  constructor(message2) {
    super("content", message2);
    this.name = "MemberError";
  }
};
function memberPath(header, ordinal, rewrites) {
  return rewrites?.get(ordinal)?.path ?? normalisePath(header.name);
}
async function resolveSymlinkParents(layers, signal) {
  const live = createLiveSymlinks();
  const rewrites = /* @__PURE__ */ new Map();
  const resolve3 = (input, name, path) => {
    if (live.size === 0) return path;
    try {
      return resolveMemberPath(path, live.lookup);
    } catch (error) {
      if (error instanceof SymlinkLoopError) throw contentError(`layer ${input.id}: ${displayName(name)}: ${error.message}`);
      throw error;
    }
  };
  for (let position = 0; position < layers.length; position++) {
    const input = layers[position];
    const own = /* @__PURE__ */ new Map();
    await forEachHeader(input, signal, (header, ordinal) => {
      const path = normalisePath(header.name);
      if (path === void 0) return;
      const resolved = resolve3(input, header.name, path);
      const rewrite = {};
      if (resolved !== path) rewrite.path = resolved;
      if (header.kind === "link") {
        const target = normalisePath(header.linkname);
        if (target !== void 0 && target !== "") {
          const resolvedTarget = resolve3(input, header.linkname, target);
          if (resolvedTarget !== target) rewrite.linkname = resolvedTarget;
        }
      }
      if (rewrite.path !== void 0 || rewrite.linkname !== void 0) own.set(ordinal, rewrite);
      const name = classifyName(resolved);
      if (name.kind === "whiteout") live.removeTree(name.target, Infinity);
      else if (name.kind === "opaque") live.removeBelow(name.dir, position);
      else if (name.kind === "content" && resolved !== "") {
        if (header.kind !== "dir" || live.lookup(resolved) !== void 0) live.removeTree(resolved, Infinity);
        if (header.kind === "symlink") live.add(resolved, header.linkname, position);
        if (header.kind === "link") {
          const target = live.lookup(rewrite.linkname ?? normalisePath(header.linkname) ?? "");
          if (target !== void 0) live.add(resolved, target, position);
        }
      }
    });
    if (own.size > 0) rewrites.set(position, own);
  }
  return rewrites;
}

// src/rootfs/duplicates.ts
var DuplicatePathsError = class extends FlattenError {
  layerId;
  /** Where the merge stopped. */
  path;
  duplicates;
  constructor(layerId, path, duplicates) {
    super(
      "content",
      `layer ${layerId}: ${displayName(path)} appears twice in the layer (${duplicates.size} repeated path(s)); the merge must run again so the later entries win`
    );
    this.name = "DuplicatePathsError";
    this.layerId = layerId;
    this.path = path;
    this.duplicates = duplicates;
  }
};
async function findDuplicatePaths(input, signal, rewrites) {
  const first = /* @__PURE__ */ new Map();
  const duplicates = /* @__PURE__ */ new Map();
  const survivors = createLayerSurvivors();
  await forEachHeader(input, signal, (header, ordinal) => {
    const path = memberPath(header, ordinal, rewrites);
    if (path === void 0) return;
    const name = classifyName(path);
    if (name.kind === "whiteout") survivors.whiteout(name.target);
    else if (name.kind === "opaque") survivors.opaque(name.dir);
    if (name.kind !== "content") return;
    const isDir = header.kind === "dir";
    survivors.member(ordinal, path, isDir);
    const seen = duplicates.get(path);
    if (seen !== void 0) {
      seen.last = ordinal;
      seen.lastIsDir = isDir;
      if (!isDir) seen.lastNonDir = ordinal;
      return;
    }
    const earlier = first.get(path);
    if (earlier === void 0) {
      first.set(path, { ordinal, isDir });
      return;
    }
    duplicates.set(path, { last: ordinal, lastIsDir: isDir, lastNonDir: !isDir ? ordinal : earlier.isDir ? -1 : earlier.ordinal });
  });
  duplicates.deletedByLayer = survivors.hidden;
  return duplicates;
}
function createOwnLayerView(duplicates) {
  const deletesBelow = [...duplicates.values()].some((copies) => copies.lastNonDir >= 0);
  const deleted = duplicates.deletedByLayer;
  return {
    has: (path) => duplicates.has(path),
    hides(path, ordinal) {
      if (deleted?.has(ordinal) === true) return true;
      const copies = duplicates.get(path);
      if (copies !== void 0 && ordinal < copies.last) return true;
      if (!deletesBelow) return false;
      return forEachAncestor(path, (ancestor) => ordinal < (duplicates.get(ancestor)?.lastNonDir ?? -1));
    },
    replacedDirectories() {
      return [...duplicates].filter(([, copies]) => copies.lastIsDir && copies.lastNonDir >= 0).map(([path]) => path);
    }
  };
}

// src/rootfs/tar-writer.ts
var BLOCK2 = 512;
var END_OF_ARCHIVE = Buffer.alloc(2 * BLOCK2);
var FLAGS = { file: 48, link: 49, symlink: 50, char: 51, block: 52, dir: 53, fifo: 54 };
var MAX_OCTAL_7 = 2097151;
var MAX_OCTAL_11 = 8589934591;
var zeroed = (size) => Buffer.allocUnsafe(size).fill(0);
function paddingFor(size) {
  const rest = size % BLOCK2;
  return rest === 0 ? void 0 : zeroed(BLOCK2 - rest);
}
function encodeHeader(header) {
  let name = header.path === "" ? "./" : header.path;
  if (header.kind === "dir" && !name.endsWith("/")) name += "/";
  const required = [];
  const nameBytes = Buffer.from(name, "latin1");
  let split = splitName(nameBytes);
  if (split === void 0) {
    required.push(["path", nameBytes]);
    split = { prefix: Buffer.alloc(0), name: nameBytes.subarray(0, 100) };
  }
  const linkBytes = Buffer.from(header.linkname, "latin1");
  if (linkBytes.length > 100) required.push(["linkpath", linkBytes]);
  const carried = (key2) => header.pax?.some(([name2]) => name2 === key2) ?? false;
  const numeric = (key2, value, max) => {
    if (Number.isSafeInteger(value) && value >= 0 && value <= max) return value;
    if (!carried(key2)) required.push([key2, Buffer.from(String(value))]);
    return 0;
  };
  const size = numeric("size", header.size, MAX_OCTAL_11);
  const uid = numeric("uid", header.uid, MAX_OCTAL_7);
  const gid = numeric("gid", header.gid, MAX_OCTAL_7);
  const mtime = numeric("mtime", header.mtime, MAX_OCTAL_11);
  const uname = Buffer.from(header.uname, "latin1");
  const gname = Buffer.from(header.gname, "latin1");
  if (uname.length > 32 && !carried("uname")) required.push(["uname", uname]);
  if (gname.length > 32 && !carried("gname")) required.push(["gname", gname]);
  const ustar = zeroed(BLOCK2);
  split.prefix.copy(ustar, 345);
  split.name.copy(ustar, 0);
  writeOctal(ustar, 100, 8, header.mode & 4095);
  writeOctal(ustar, 108, 8, uid);
  writeOctal(ustar, 116, 8, gid);
  writeOctal(ustar, 124, 12, size);
  writeOctal(ustar, 136, 12, mtime);
  ustar[156] = FLAGS[header.kind];
  linkBytes.copy(ustar, 157, 0, Math.min(100, linkBytes.length));
  ustar.write("ustar\x0000", 257, "latin1");
  uname.copy(ustar, 265, 0, Math.min(32, uname.length));
  gname.copy(ustar, 297, 0, Math.min(32, gname.length));
  if (header.kind === "char" || header.kind === "block") {
    writeOctal(ustar, 329, 8, Math.min(header.devmajor, MAX_OCTAL_7));
    writeOctal(ustar, 337, 8, Math.min(header.devminor, MAX_OCTAL_7));
  }
  writeChecksum(ustar);
  const records = header.pax === void 0 ? required : [...required, ...header.pax];
  if (records.length === 0) return ustar;
  let bodyLength = 0;
  for (const [key2, value] of records) bodyLength += paxRecordLength(key2, value);
  const padded = bodyLength + (BLOCK2 - (bodyLength % BLOCK2 || BLOCK2));
  const out = zeroed(BLOCK2 + padded + BLOCK2);
  out.write("PaxHeaders.0/", 0, "latin1");
  split.name.copy(out, 13, 0, Math.min(split.name.length, 87));
  writeOctal(out, 100, 8, 420);
  writeOctal(out, 108, 8, 0);
  writeOctal(out, 116, 8, 0);
  writeOctal(out, 124, 12, bodyLength);
  writeOctal(out, 136, 12, 0);
  out[156] = 120;
  out.write("ustar\x0000", 257, "latin1");
  writeChecksum(out);
  let at = BLOCK2;
  for (const [key2, value] of records) at = writePaxRecord(out, at, key2, value);
  ustar.copy(out, BLOCK2 + padded);
  return out;
}
function splitName(name) {
  if (name.length <= 100) return { prefix: Buffer.alloc(0), name };
  const searchEnd = name[name.length - 1] === 47 ? name.length - 2 : name.length - 1;
  for (let i = name.lastIndexOf(47, searchEnd); i > 0; i = name.lastIndexOf(47, i - 1)) {
    if (name.length - i - 1 > 100) return void 0;
    if (i <= 155) return { prefix: name.subarray(0, i), name: name.subarray(i + 1) };
  }
  return void 0;
}
function writeOctal(block, offset, length, value) {
  writeDigits(block, offset, length - 1, value);
  block[offset + length - 1] = 0;
}
function writeDigits(block, offset, count, value) {
  if (!Number.isInteger(value) || value < 0 || value >= 8 ** count) {
    block.write(value.toString(8).padStart(count, "0"), offset, count, "latin1");
    return;
  }
  let rest = value;
  for (let i = offset + count - 1; i >= offset; i--) {
    block[i] = 48 + rest % 8;
    rest = Math.floor(rest / 8);
  }
}
function writeChecksum(block) {
  block.fill(32, 148, 156);
  let sum = 0;
  for (let i = 0; i < BLOCK2; i++) sum += block[i] ?? 0;
  writeDigits(block, 148, 6, sum);
  block[154] = 0;
  block[155] = 32;
}
function paxRecordLength(key2, value) {
  const rest = key2.length + value.length + 3;
  const length = rest + String(rest).length;
  return String(length).length + rest === length ? length : rest + String(length).length;
}
function writePaxRecord(out, at, key2, value) {
  const length = paxRecordLength(key2, value);
  let end = at + out.write(`${length} ${key2}=`, at, "latin1");
  end += value.copy(out, end);
  out[end] = 10;
  return end + 1;
}

// src/rootfs/reread.ts
async function* rereadHiddenTargets(input, targets, output, stats, countDropped, rewrites) {
  const byOrdinal = new Map(targets.map((target) => [target.ordinal, target]));
  const last = Math.max(...byOrdinal.keys());
  const layerId = input.id;
  const stream = await input.open();
  const reader = createTarReader(stream, layerId);
  try {
    let ordinal = -1;
    for (let header = await reader.next(); header !== void 0 && ordinal < last; header = await reader.next()) {
      ordinal++;
      const target = byOrdinal.get(ordinal);
      if (target === void 0) continue;
      if (memberPath(header, ordinal, rewrites) !== target.path || header.size !== target.attributes.size) {
        throw contentError(`layer ${layerId}: ${displayName(target.path)}: the layer changed between two reads`);
      }
      const [first, ...rest] = target.names;
      output.writeHeader({ ...target.attributes, path: first, linkname: target.attributes.symlinkTarget });
      yield output.take();
      for await (const chunk of reader.body()) {
        output.passThrough(chunk.length);
        yield chunk;
      }
      const pad2 = paddingFor(target.attributes.size);
      if (pad2 !== void 0) output.queue(pad2);
      output.writeLinks(rest, first, target.attributes);
      if (!output.empty) yield output.take();
      if (countDropped) stats.bytesDropped -= target.attributes.size;
    }
    if (ordinal < last) throw contentError(`layer ${layerId}: the layer changed between two reads (it ended early)`);
  } finally {
    stream.destroy();
  }
}

// src/rootfs/layer-end.ts
async function* endLayer(pass) {
  const { state, input } = pass;
  const reread = pass.secondRead.filter((ref) => ref.state === "skipped" && ref.names.length > 0);
  if (reread.length > 0) yield* rereadHiddenTargets(input, reread, state.output, state.stats, !pass.kept, pass.rewrites);
  hideOlderLayers(pass);
}
function hideOlderLayers(pass) {
  const { state, input, layer, kept } = pass;
  for (const dir of pass.own?.replacedDirectories() ?? []) {
    (kept ? state.keptTree : state.merged)?.add(dir, REPLACED);
    state.reportMissing(state.pending.takeKilled(dir, false, layer + 1), `is under a path layer ${input.id} replaced by a non-directory`);
  }
  for (const { target, ordinal } of pass.stagedWhiteouts) {
    state.reportMissing(state.pending.takeKilled(target, true, layer, ordinal), `was deleted by a whiteout in layer ${input.id}`);
  }
  for (const { dir, ordinal } of pass.stagedOpaques) {
    state.reportMissing(state.pending.takeKilled(dir, false, layer, ordinal), `was hidden by an opaque directory in layer ${input.id}`);
  }
  const index = kept ? state.keptTree : state.merged;
  for (const { target } of pass.stagedWhiteouts) index?.add(target, WHITED_OUT);
  for (const { dir } of pass.stagedOpaques) index?.add(dir, OPAQUE);
}

// src/rootfs/member-index.ts
var MAX_HANDLE = 2 ** 31 - 2;
function createMemberIndex(tree) {
  let slots = new Int32Array(Math.max(1024, tree.size));
  const objects = [];
  let size = 0;
  const slotOf = (id) => id === -1 || id >= slots.length ? 0 : slots[id];
  const decode = (slot) => slot === 0 ? void 0 : slot > 0 ? slot - 1 : objects[-slot - 1];
  return {
    get: (path) => decode(slotOf(tree.find(path))),
    has: (path) => slotOf(tree.find(path)) !== 0,
    set(path, value) {
      const id = tree.intern(path);
      if (id >= slots.length) {
        const grown = new Int32Array(Math.max(slots.length * 2, id + 1));
        grown.set(slots);
        slots = grown;
      }
      if (slots[id] === 0) size++;
      if (typeof value === "number") {
        if (!Number.isInteger(value) || value < 0 || value > MAX_HANDLE) throw new RangeError(`member handle ${value} out of range`);
        slots[id] = value + 1;
      } else {
        const previous = slots[id];
        if (previous < 0) objects[-previous - 1] = value;
        else slots[id] = -objects.push(value);
      }
    },
    get size() {
      return size;
    }
  };
}

// src/rootfs/member-table.ts
var MemberState = {
  /** A directory written under its own path. */
  WrittenDir: 1,
  /** A non-directory written under its own path. */
  WrittenFile: 2,
  /** A non-directory hidden by a newer layer; its bytes were skipped. */
  Skipped: 3,
  /**
   * A non-directory of a kept layer that stands in the final tree: not written, but merged links
   * to it are written as links to its path.
   */
  KeptFile: 4
};
var BLOCK_BYTES = 64 * 1024;
var KINDS2 = ["file", "link", "symlink", "char", "block", "dir", "fifo"];
var NUMBERS = 8;
var NUMBER_BYTES = 8;
var VARINT_BYTES = 5;
var isVarint = (value) => Number.isSafeInteger(value) && value >= 0 && !Object.is(value, -0);
var MAX_KEYS = 256;
var DOT = 10;
var PAD = 15;
var nibbleOf = (byte) => byte === void 0 ? PAD : byte === 46 ? DOT : byte - 48;
function isDecimal(value) {
  if (value.length === 0) return false;
  for (const byte of value) if (!(byte >= 48 && byte <= 57 || byte === 46)) return false;
  return true;
}
function createMemberTable() {
  const blocks = [];
  const keys = [];
  const keyNumbers = /* @__PURE__ */ new Map();
  const keyNumber = (key2) => {
    const known = keyNumbers.get(key2);
    if (known !== void 0 || keys.length === MAX_KEYS) return known;
    keyNumbers.set(key2, keys.length);
    return keys.push(key2) - 1;
  };
  let current;
  let used = 0;
  let bytes = 0;
  const reserve = (length) => {
    if (current === void 0 || used + length > current.length) {
      current = Buffer.allocUnsafeSlow(Math.max(BLOCK_BYTES, length));
      blocks.push(current);
      bytes += current.length;
      used = 0;
    }
    return { block: current, index: blocks.length - 1, offset: used };
  };
  return {
    put(state, ordinal, attributes) {
      const numbers = [
        ordinal,
        attributes.mode,
        attributes.uid,
        attributes.gid,
        attributes.mtime,
        attributes.size,
        attributes.devmajor,
        attributes.devminor
      ];
      const texts = [attributes.uname, attributes.gname, attributes.symlinkTarget];
      const pax = attributes.pax ?? [];
      let length = 2 + NUMBERS * NUMBER_BYTES + VARINT_BYTES;
      for (const text4 of texts) length += VARINT_BYTES + text4.length;
      for (const [key2, value] of pax) length += 2 * VARINT_BYTES + key2.length + value.length;
      const { block, index, offset } = reserve(length);
      let at = offset;
      const varint = (value) => {
        let rest = value;
        while (rest >= 128) {
          block[at++] = rest % 128 | 128;
          rest = Math.floor(rest / 128);
        }
        block[at++] = rest;
      };
      block[at++] = state | KINDS2.indexOf(attributes.kind) << 3;
      let doubles = 0;
      numbers.forEach((value, i) => {
        if (!isVarint(value)) doubles |= 1 << i;
      });
      block[at++] = doubles;
      numbers.forEach((value, i) => {
        if ((doubles & 1 << i) !== 0) at = block.writeDoubleLE(value, at);
        else varint(value);
      });
      for (const text4 of texts) {
        varint(text4.length);
        at += block.write(text4, at, text4.length, "latin1");
      }
      varint(attributes.pax === void 0 ? 0 : pax.length + 1);
      for (const [key2, value] of pax) {
        const number = keyNumber(key2);
        if (number !== void 0) varint(number * 2 + 1);
        else {
          varint(key2.length * 2);
          at += block.write(key2, at, key2.length, "latin1");
        }
        if (isDecimal(value)) {
          varint(value.length * 2 + 1);
          for (let i = 0; i < value.length; i += 2) block[at++] = nibbleOf(value[i]) << 4 | nibbleOf(value[i + 1]);
        } else {
          varint(value.length * 2);
          at += value.copy(block, at);
        }
      }
      used = at;
      return index * BLOCK_BYTES + offset;
    },
    get(handle) {
      const block = blocks[Math.floor(handle / BLOCK_BYTES)];
      if (block === void 0) throw new RangeError(`no member ${handle} in this table`);
      let at = handle % BLOCK_BYTES;
      const varint = () => {
        let value = 0;
        let scale = 1;
        for (; ; ) {
          const byte = block[at++];
          value += (byte & 127) * scale;
          if (byte < 128) return value;
          scale *= 128;
        }
      };
      const text4 = () => {
        const length = varint();
        const value = block.toString("latin1", at, at + length);
        at += length;
        return value;
      };
      const head2 = block[at++];
      const state = head2 & 7;
      const kind = KINDS2[head2 >>> 3];
      const doubles = block[at++];
      const numbers = [];
      for (let i = 0; i < NUMBERS; i++) {
        if ((doubles & 1 << i) === 0) numbers.push(varint());
        else {
          numbers.push(block.readDoubleLE(at));
          at += 8;
        }
      }
      const uname = text4();
      const gname = text4();
      const symlinkTarget = text4();
      const count = varint();
      let pax;
      if (count !== 0) {
        pax = [];
        for (let i = 1; i < count; i++) {
          const keyTag = varint();
          let key2;
          if (keyTag % 2 === 1) key2 = keys[(keyTag - 1) / 2];
          else {
            key2 = block.toString("latin1", at, at + keyTag / 2);
            at += keyTag / 2;
          }
          const valueTag = varint();
          const length = Math.floor(valueTag / 2);
          if (valueTag % 2 === 1) {
            const value = Buffer.allocUnsafe(length);
            for (let i2 = 0; i2 < length; i2++) {
              const nibble = i2 % 2 === 0 ? block[at + i2 / 2] >>> 4 : block[at + (i2 - 1) / 2] & 15;
              value[i2] = nibble === DOT ? 46 : 48 + nibble;
            }
            at += Math.ceil(length / 2);
            pax.push([key2, value]);
          } else {
            pax.push([key2, Buffer.from(block.subarray(at, at + length))]);
            at += length;
          }
        }
      }
      const [ordinal, mode, uid, gid, mtime, size, devmajor, devminor] = numbers;
      return { state, ordinal, attributes: { kind, mode, uid, gid, uname, gname, mtime, size, devmajor, devminor, pax, symlinkTarget } };
    },
    get bytes() {
      return bytes;
    }
  };
}

// src/rootfs/layer-pass.ts
function createLayerPass(state, layer) {
  const input = state.layers[layer];
  const hints = state.options.duplicates?.get(input.id);
  return {
    state,
    layer,
    input,
    kept: layer < state.keptCount,
    seen: createMemberIndex(state.paths),
    table: createMemberTable(),
    own: hints === void 0 ? void 0 : createOwnLayerView(hints),
    rewrites: state.rewrites?.get(layer),
    symlinks: /* @__PURE__ */ new Set(),
    dirs: /* @__PURE__ */ new Set(),
    implicitDirs: /* @__PURE__ */ new Set(),
    dirMembers: /* @__PURE__ */ new Set(),
    stagedWhiteouts: [],
    stagedOpaques: [],
    secondRead: [],
    stop: void 0
  };
}
function refuse(input, path, what) {
  throw new MemberError(`layer ${input.id}: ${displayName(path)}: ${what}`);
}

// src/rootfs/attributes.ts
function attributesOf(header) {
  return {
    kind: header.kind,
    mode: header.mode,
    uid: header.uid,
    gid: header.gid,
    uname: header.uname,
    gname: header.gname,
    mtime: header.mtime,
    size: header.size,
    devmajor: header.devmajor,
    devminor: header.devminor,
    pax: header.pax,
    symlinkTarget: header.kind === "symlink" ? header.linkname : ""
  };
}
function toOutput(header, path, linkname) {
  return { ...attributesOf(header), path, linkname, size: header.kind === "file" ? header.size : 0 };
}
function sameAttributes(a, b) {
  if (a.kind !== b.kind || a.mode !== b.mode || a.uid !== b.uid || a.gid !== b.gid || a.uname !== b.uname || a.gname !== b.gname || a.mtime !== b.mtime || a.size !== b.size || a.linkname !== b.linkname || a.devmajor !== b.devmajor || a.devminor !== b.devminor) {
    return false;
  }
  const left = a.pax ?? [];
  const right = b.pax ?? [];
  return left.length === right.length && left.every(([key2, value], i) => key2 === right[i]?.[0] && value.equals(right[i]?.[1] ?? Buffer.alloc(0)));
}

// src/rootfs/layer-members.ts
var HIDDEN_DIRECTORY = { state: "dir", written: void 0 };
function unpack(seen, path, table) {
  if (typeof seen !== "number") return seen;
  const { state, ordinal, attributes } = table.get(seen);
  if (state === MemberState.WrittenDir) return { state: "dir", written: { ...attributes, path, linkname: "" } };
  if (state === MemberState.WrittenFile || state === MemberState.KeptFile) return { state: "written", name: path, attributes };
  return { state: "skipped", ordinal, path, attributes, names: [] };
}
function judgeRepeat(previous, directory, path, hiddenByNewer) {
  if (previous.state === "dir" && directory !== void 0) {
    if (previous.written === void 0) return "merge";
    return sameAttributes(previous.written, directory) ? "drop" : "stop";
  }
  if (previous.state === "skipped" && previous.names.length === 0 && previous.path === path && directory === void 0 && hiddenByNewer)
    return "merge";
  return "stop";
}

// src/rootfs/place-member.ts
function placeMember(pass, header, ordinal) {
  const { state, input, kept, own } = pass;
  const path = memberPath(header, ordinal, pass.rewrites);
  if (path === void 0) return refuse(input, header.name, "name escapes the root");
  if (state.watch && underSymlink(pass, path)) throw new SymlinkParentsError(input.id, path);
  const name = classifyName(path);
  if (name.kind === "invalid") refuse(input, header.name, name.reason);
  if (name.kind === "whiteout" || name.kind === "opaque" || name.kind === "meta") return stageMarker(pass, name, path, header, ordinal);
  const isDir = header.kind === "dir";
  if (!isDir && path === "") refuse(input, header.name, `the root must be a directory, not a ${header.kind}`);
  const linkTarget = header.kind === "link" ? hardLinkTarget(pass, header, ordinal) : "";
  if (state.watch && (header.kind === "symlink" || header.kind === "link") && path !== "") {
    if ((state.merged.flags(path) & PARENT_USED) !== 0) throw new SymlinkParentsError(input.id, path);
    pass.symlinks.add(path);
  }
  const ownHidden = own?.hides(path, ordinal) === true;
  const hiddenByNewer = kept || state.merged.isHidden(path);
  const repeat = judgeOwnCopies(pass, header, path, isDir, hiddenByNewer);
  if (repeat !== void 0) return repeat;
  const hidden = hiddenByNewer || ownHidden;
  const { pending } = state;
  const waiting = isDir || ownHidden ? [] : pending.takeResolved(path, pass.layer);
  const names = waiting.flatMap((group2) => group2.names);
  const keptName = waiting.find((group2) => group2.keptName !== void 0)?.keptName;
  if (isDir && pending.size > 0 && !ownHidden && linkedAsFile(pass, path)) return "stop";
  if (!isDir && !ownHidden) replaceOlder(pass, path, hidden);
  const keptFinal = state.keptTree !== void 0 && kept && !ownHidden && placeKept(pass, state.keptTree, path, isDir);
  return { header, ordinal, path, linkTarget, isDir, hidden, keptFinal, ownHidden, names, keptName };
}
function stopAt(pass, path, unlessRepeated) {
  pass.stop = { path, unlessRepeated };
  return "stop";
}
function stageMarker(pass, name, path, header, ordinal) {
  if (pass.own === void 0 && deletesOwnMembers(pass, name)) return stopAt(pass, path);
  if (name.kind === "whiteout") pass.stagedWhiteouts.push({ target: name.target, ordinal });
  else if (name.kind === "opaque") pass.stagedOpaques.push({ dir: name.dir, ordinal });
  else pass.state.warn(`layer ${pass.input.id}: dropped AUFS metadata entry ${displayName(header.name)}`);
  return "marker";
}
function deletesOwnMembers(pass, name) {
  if (name.kind === "whiteout") return pass.seen.has(name.target) || pass.dirs.has(name.target);
  if (name.kind === "opaque" && (name.dir === "" || pass.dirs.has(name.dir))) {
    for (const dir of pass.implicitDirs) if (isUnder(dir, name.dir)) return true;
  }
  return false;
}
function hardLinkTarget(pass, header, ordinal) {
  const { input } = pass;
  const target = pass.rewrites?.get(ordinal)?.linkname ?? normalisePath(header.linkname);
  if (target === void 0) return refuse(input, header.name, `hard link target ${displayName(header.linkname)} escapes the root`);
  if (target === "") refuse(input, header.name, "hard link to the root directory");
  if (pass.state.watch && underSymlink(pass, target)) throw new SymlinkParentsError(input.id, target);
  return target;
}
function underSymlink(pass, path) {
  pass.state.merged.markParentsUsed(path);
  return pass.symlinks.size > 0 && forEachAncestor(path, (ancestor) => pass.symlinks.has(ancestor));
}
function judgeOwnCopies(pass, header, path, isDir, hiddenByNewer) {
  const { own } = pass;
  const packed = pass.seen.get(path);
  const previous = packed === void 0 ? void 0 : unpack(packed, path, pass.table);
  if (previous !== void 0 && own === void 0) {
    const repeat = judgeRepeat(previous, isDir ? toOutput(header, path, "") : void 0, path, hiddenByNewer);
    if (repeat === "drop") return "drop";
    if (repeat === "stop") return stopAt(pass, path);
  } else if (previous !== void 0 && own?.has(path) === false)
    refuse(pass.input, path, "the layer changed between two reads (a path now repeats)");
  if (own === void 0) {
    if (!isDir && pass.dirs.has(path)) return stopAt(pass, path);
    noteDirectories(pass, path, isDir);
  }
  return void 0;
}
function noteDirectories(pass, path, isDir) {
  if (isDir) pass.dirMembers.add(path);
  for (let slash = path.lastIndexOf("/"); slash > 0; slash = path.lastIndexOf("/", slash - 1)) {
    const dir = path.slice(0, slash);
    if (pass.dirs.has(dir)) break;
    pass.dirs.add(dir);
    if (!pass.dirMembers.has(dir)) pass.implicitDirs.add(dir);
  }
}
function linkedAsFile(pass, path) {
  const links = pass.state.pending.takeResolved(path, pass.layer).filter((group2) => group2.names.length > 0);
  const first = links[0];
  if (first === void 0) return false;
  const error = new MemberError(
    `layer ${pass.input.id}: ${displayName(path)}: is a directory, but hard link ${displayName(first.link)} in layer ${first.layerId} points at it`
  );
  if (pass.own !== void 0) throw error;
  stopAt(pass, path, error);
  return true;
}
function replaceOlder(pass, path, hidden) {
  const { state } = pass;
  if (hidden && !pass.kept) state.merged.add(path, REPLACED);
  state.reportMissing(state.pending.takeKilled(path, false, pass.layer + 1), "is under a path an older layer replaced by a non-directory");
}
function placeKept(pass, keptTree, path, isDir) {
  const { state } = pass;
  const keptFinal = !keptTree.isHidden(path) && !state.merged.isHidden(path);
  if (!keptTree.isHidden(path)) {
    addMarkerFor(path, state.merged, state.markers);
    const late = isDir ? void 0 : state.lateDirectories.get(path);
    if (late !== void 0) state.needEarly.set(path, late);
  }
  keptTree.markEmitted(path, isDir, false);
  return keptFinal;
}

// src/rootfs/write-directory.ts
function writeDirectory(pass, member) {
  const { state } = pass;
  const { path, header } = member;
  if (member.hidden) {
    pass.seen.set(path, HIDDEN_DIRECTORY);
    return;
  }
  const written = toOutput(header, path, "");
  if (state.keptTree !== void 0 && (state.merged.flags(path) & HAS_EMITTED_CHILD) !== 0) state.lateDirectories.set(path, written);
  pass.seen.set(path, pass.table.put(MemberState.WrittenDir, member.ordinal, { ...attributesOf(header), size: 0 }));
  state.merged.markEmitted(path, true, state.keptTree !== void 0);
  state.output.writeHeader(written);
}

// src/rootfs/write-hard-link.ts
function writeHardLink(pass, member) {
  const { path, linkTarget, names } = member;
  if (!member.hidden) {
    pass.state.merged.markEmitted(path, false, pass.state.keptTree !== void 0);
    names.unshift(path);
  }
  const packedTarget = pass.seen.get(linkTarget);
  const targetRef = packedTarget === void 0 ? void 0 : unpack(packedTarget, linkTarget, pass.table);
  if (typeof packedTarget === "number") pass.seen.set(linkTarget, targetRef);
  if (targetRef?.state === "dir") refuse(pass.input, path, `hard link to directory ${displayName(linkTarget)}`);
  const ref = targetRef ?? {
    state: "pending",
    target: linkTarget,
    horizon: pass.layer,
    link: path,
    ordinal: member.ordinal,
    group: void 0
  };
  const keeper = member.keptFinal ? path : member.keptName;
  if (keeper !== void 0) keepInode(pass, member, ref, keeper);
  if (names.length > 0) giveNames(pass, ref, names);
  pass.seen.set(path, ref);
}
function keepInode(pass, member, ref, keeper) {
  const { names } = member;
  if (ref.state === "pending") {
    groupOf(pass, ref).keptName ??= keeper;
  } else if (ref.state === "skipped") {
    names.unshift(...ref.names.splice(0));
    Object.assign(ref, { state: "written", name: keeper });
  }
  if (member.keptFinal && ref.state === "pending" && names.length > 0) {
    pass.state.output.writeLinks(names.splice(0), member.path, attributesOf(member.header));
  }
}
function giveNames(pass, ref, names) {
  const { output } = pass.state;
  if (ref.state === "written") output.writeLinks(names, ref.name, ref.attributes);
  else if (ref.state === "pending") {
    groupOf(pass, ref).names.push(...names);
  } else if (ref.attributes.size === 0 && !pass.kept) {
    const [first, ...rest] = names;
    output.writeHeader({ ...ref.attributes, path: first, linkname: ref.attributes.symlinkTarget });
    output.writeLinks(rest, first, ref.attributes);
    Object.assign(ref, { state: "written", name: first });
  } else {
    if (ref.names.length === 0) pass.secondRead.push(ref);
    ref.names.push(...names);
  }
}
function groupOf(pass, ref) {
  if (ref.group === void 0) {
    ref.group = { target: ref.target, horizon: ref.horizon, names: [], layerId: pass.input.id, link: ref.link, ordinal: ref.ordinal };
    pass.state.pending.add(ref.group);
  }
  return ref.group;
}

// src/rootfs/write-inode.ts
async function* writeInode(pass, member, reader) {
  const { state } = pass;
  const { output } = state;
  const { path, hidden, names } = member;
  const attributes = attributesOf(member.header);
  if (pass.kept && keepInode2(pass, member, attributes)) {
    await reader.skip();
    return;
  }
  let ref;
  if (!hidden || names.length > 0) {
    const outName = hidden ? names.shift() : path;
    if (!hidden) state.merged.markEmitted(path, false, state.keptTree !== void 0);
    output.writeHeader({ ...attributes, path: outName, linkname: attributes.symlinkTarget });
    if (attributes.size > 0) {
      yield output.take();
      for await (const chunk of reader.body()) {
        output.passThrough(chunk.length);
        yield chunk;
      }
      const pad2 = paddingFor(attributes.size);
      if (pad2 !== void 0) output.queue(pad2);
    }
    output.writeLinks(names, outName, attributes);
    ref = outName === path ? pass.table.put(MemberState.WrittenFile, member.ordinal, attributes) : { state: "written", name: outName, attributes };
  } else {
    if (!pass.kept) state.stats.bytesDropped += attributes.size;
    await reader.skip();
    ref = pass.table.put(MemberState.Skipped, member.ordinal, attributes);
  }
  pass.seen.set(path, ref);
}
function keepInode2(pass, member, attributes) {
  const { output } = pass.state;
  const { path, names } = member;
  if (member.keptFinal) {
    output.writeLinks(names, path, attributes);
    pass.seen.set(path, pass.table.put(MemberState.KeptFile, member.ordinal, attributes));
    return true;
  }
  if (member.keptName !== void 0) {
    output.writeLinks(names, member.keptName, attributes);
    pass.seen.set(path, { state: "written", name: member.keptName, attributes });
    return true;
  }
  if (names.length > 0) {
    const ref = { state: "skipped", ordinal: member.ordinal, path, attributes, names: [...names] };
    pass.secondRead.push(ref);
    pass.seen.set(path, ref);
    return true;
  }
  return false;
}

// src/rootfs/merge-layer.ts
async function* mergeLayer(state, layer) {
  state.checkAborted();
  const pass = createLayerPass(state, layer);
  const { input } = pass;
  const { output } = state;
  const stream = await input.open();
  const reader = createTarReader(stream, input.id);
  let finished4 = false;
  try {
    let ordinal = -1;
    for (let header = await reader.next(); header !== void 0; header = await reader.next()) {
      ordinal++;
      if (!pass.kept) state.stats.entriesIn++;
      if ((ordinal & 1023) === 0) state.checkAborted();
      const member = placeMember(pass, header, ordinal);
      if (member === "marker") {
        await reader.skip();
        continue;
      }
      if (member === "drop") continue;
      if (member === "stop") break;
      if (member.isDir) writeDirectory(pass, member);
      else if (header.kind === "link") writeHardLink(pass, member);
      else yield* writeInode(pass, member, reader);
      if (output.full) yield output.take();
    }
    if (pass.stop !== void 0) {
      stream.destroy();
      throw await repeatedPathsError(pass, pass.stop);
    }
    finished4 = true;
  } finally {
    if (!finished4) stream.destroy();
  }
  state.stats.bytesIn += reader.bytesRead;
  if (!output.empty) yield output.take();
  yield* endLayer(pass);
}
async function repeatedPathsError(pass, stop) {
  const duplicates = await findDuplicatePaths(pass.input, pass.state.options.signal, pass.rewrites);
  if (stop.unlessRepeated !== void 0 && !duplicates.has(stop.path)) return stop.unlessRepeated;
  return new DuplicatePathsError(pass.input.id, stop.path, duplicates);
}

// src/rootfs/merge-output.ts
var BATCH_BYTES = 64 * 1024;
function createMergeOutput(stats, early) {
  let batch = [];
  let batchBytes = 0;
  const writtenEarly = /* @__PURE__ */ new Set();
  const queue = (piece) => {
    batch.push(piece);
    batchBytes += piece.length;
    stats.bytesOut += piece.length;
    return batchBytes >= BATCH_BYTES;
  };
  const writeEarlyParents = (path) => {
    forEachAncestor(path, (ancestor) => {
      const header = early?.get(ancestor);
      if (header === void 0 || writtenEarly.has(ancestor)) return;
      writtenEarly.add(ancestor);
      stats.entriesOut++;
      queue(encodeHeader(header));
    });
  };
  const writeHeader = (header) => {
    if (early !== void 0 && early.size > 0) {
      writeEarlyParents(header.path);
      if (header.kind === "dir" && writtenEarly.has(header.path)) return batchBytes >= BATCH_BYTES;
    }
    stats.entriesOut++;
    return queue(encodeHeader(header));
  };
  return {
    queue,
    writeHeader,
    writeLinks(names, target, attributes) {
      for (const name of names) writeHeader({ ...attributes, kind: "link", size: 0, path: name, linkname: target });
    },
    passThrough(bytes) {
      stats.bytesOut += bytes;
    },
    get full() {
      return batchBytes >= BATCH_BYTES;
    },
    get empty() {
      return batch.length === 0;
    },
    take() {
      const out = batch.length === 1 ? batch[0] : Buffer.concat(batch, batchBytes);
      batch = [];
      batchBytes = 0;
      return out;
    }
  };
}

// src/rootfs/pending-links.ts
function createPendingLinks() {
  const byTarget = /* @__PURE__ */ new Map();
  const below = /* @__PURE__ */ new Map();
  let count = 0;
  const adjustAncestors = (target, delta) => {
    forEachAncestor(target, (ancestor) => {
      const next = (below.get(ancestor) ?? 0) + delta;
      if (next === 0) below.delete(ancestor);
      else below.set(ancestor, next);
    });
  };
  const remove = (target, keep) => {
    const groups = byTarget.get(target);
    if (groups === void 0) return [];
    const taken = [];
    const left = [];
    for (const group2 of groups) (keep(group2) ? left : taken).push(group2);
    if (left.length === 0) byTarget.delete(target);
    else byTarget.set(target, left);
    for (const _ of taken) adjustAncestors(target, -1);
    count -= taken.length;
    return taken;
  };
  return {
    get size() {
      return count;
    },
    add(group2) {
      const groups = byTarget.get(group2.target);
      if (groups === void 0) byTarget.set(group2.target, [group2]);
      else groups.push(group2);
      adjustAncestors(group2.target, 1);
      count++;
    },
    takeResolved(target, layer) {
      if (count === 0) return [];
      return remove(target, (group2) => group2.horizon <= layer);
    },
    takeKilled(path, includeSelf, minHorizon, markerOrdinal) {
      if (count === 0) return [];
      const keep = (group2) => group2.horizon < minHorizon || markerOrdinal !== void 0 && group2.horizon === minHorizon && group2.ordinal < markerOrdinal;
      const killed = includeSelf ? remove(path, keep) : [];
      if (below.has(path)) {
        for (const target of [...byTarget.keys()]) if (isUnder(target, path)) killed.push(...remove(target, keep));
      }
      return killed;
    },
    remaining() {
      return [...byTarget.values()].flat();
    }
  };
}

// src/rootfs/merge-state.ts
function createMergeState(layers, options, stats) {
  const lower = options.lower ?? [];
  const warn = options.onWarning ?? (() => void 0);
  const signal = options.signal;
  const paths = createPathTree();
  return {
    options,
    stats,
    layers: [...lower, ...layers],
    keptCount: lower.length,
    paths,
    merged: createPathIndex(paths),
    keptTree: lower.length > 0 ? createPathIndex(paths) : void 0,
    markers: createMarkerSet(),
    pending: createPendingLinks(),
    output: createMergeOutput(stats, options.earlyDirectories),
    rewrites: options.resolvedPaths,
    watch: options.resolvedPaths === void 0,
    lateDirectories: /* @__PURE__ */ new Map(),
    needEarly: /* @__PURE__ */ new Map(),
    warn,
    checkAborted() {
      if (signal?.aborted === true) throw new FlattenError("interrupted", "merge aborted", { cause: signal.reason });
    },
    reportMissing(groups, why) {
      for (const group2 of groups) {
        if (group2.names.length === 0) continue;
        const message2 = `layer ${group2.layerId}: hard link ${displayName(group2.link)} -> ${displayName(group2.target)}: target ${why}`;
        if (options.missingLinkTarget === "drop") warn(`${message2}; dropped ${group2.names.map((name) => displayName(name)).join(", ")}`);
        else throw new MemberError(message2);
      }
    }
  };
}

// src/rootfs/merge.ts
function mergeLayers(layers, options = {}) {
  const stats = { entriesIn: 0, entriesOut: 0, bytesIn: 0, bytesOut: 0, bytesDropped: 0, paths: 0 };
  let settle;
  const done = new Promise((resolve3, reject) => {
    settle = { resolve: resolve3, reject };
  });
  done.catch(() => void 0);
  async function* produce() {
    try {
      yield* runMerge(createMergeState(layers, options, stats));
      settle.resolve(stats);
    } catch (error) {
      settle.reject(error);
      throw error;
    } finally {
      settle.reject(new FlattenError("interrupted", "merge stopped before its output was read to the end"));
    }
  }
  const stream = Readable.from(produce(), { objectMode: false, highWaterMark: BATCH_BYTES });
  return { stream, stats: done };
}
async function* runMerge(state) {
  for (let layer = state.layers.length - 1; layer >= 0; layer--) yield* mergeLayer(state, layer);
  state.reportMissing(state.pending.remaining(), "never appears in an older layer");
  if (state.needEarly.size > 0 && state.options.earlyDirectories === void 0) throw new EarlyDirectoriesError(state.needEarly);
  const { output } = state;
  for (const name of markerNames(state.markers)) {
    output.writeHeader({
      path: name,
      kind: "file",
      linkname: "",
      mode: 420,
      uid: 0,
      gid: 0,
      uname: "",
      gname: "",
      mtime: 0,
      size: 0,
      devmajor: 0,
      devminor: 0,
      pax: void 0
    });
  }
  output.queue(END_OF_ARCHIVE);
  state.stats.paths = state.merged.size;
  yield output.take();
}

// src/rootfs/merge-to-end.ts
async function mergeToEnd(layers, options, consume) {
  const hints = new Map(options.duplicates ?? []);
  const warn = options.onWarning ?? (() => void 0);
  const lower = options.lower ?? [];
  let resolvedPaths = options.resolvedPaths;
  let earlyDirectories = options.earlyDirectories;
  for (let attempt = 1; ; attempt++) {
    const run = {
      ...options,
      duplicates: hints,
      ...resolvedPaths === void 0 ? {} : { resolvedPaths },
      ...earlyDirectories === void 0 ? {} : { earlyDirectories }
    };
    const { stream, stats } = mergeLayers(layers, run);
    try {
      return await consume({ stream, stats, attempt, options: run });
    } catch (error) {
      if (error instanceof EarlyDirectoriesError && earlyDirectories === void 0) {
        warn(`${error.message.replace(/: the merge must run again.*/, "")}; merging again with them written first`);
        earlyDirectories = error.directories;
        continue;
      }
      earlyDirectories = options.earlyDirectories;
      if ((error instanceof MemberError || error instanceof SymlinkParentsError) && resolvedPaths === void 0) {
        resolvedPaths = await resolveAfter(error, [...lower, ...layers], options.signal, warn);
        hints.clear();
        for (const [id, duplicates] of options.duplicates ?? []) hints.set(id, duplicates);
        continue;
      }
      if (!(error instanceof DuplicatePathsError)) throw error;
      if (hints.has(error.layerId) || attempt > 2 * (layers.length + lower.length) + 2) {
        throw contentError(`layer ${error.layerId}: its duplicate paths changed between two reads`, error);
      }
      hints.set(error.layerId, error.duplicates);
      warn(repeatsFound(error));
    }
  }
}
async function resolveAfter(error, layers, signal, warn) {
  const resolving = resolveSymlinkParents(layers, signal);
  if (error instanceof MemberError) {
    const rewrites = await resolving.catch(() => void 0);
    if (rewrites === void 0 || rewrites.size === 0) throw error;
    return rewrites;
  }
  warn(
    `layer ${error.layerId}: ${displayName(error.path)} lies under a symlink; resolving every layer's paths as containerd does (a headers-only read of each layer), then merging again`
  );
  return resolving;
}
function repeatsFound(error) {
  const paths = [...error.duplicates.keys()];
  const shown2 = paths.slice(0, 3).map((path) => displayName(path)).join(", ");
  const deleted = error.duplicates.deletedByLayer?.size ?? 0;
  return paths.length > 0 ? `layer ${error.layerId}: ${paths.length} path(s) appear more than once (${shown2}${paths.length > 3 ? ", ..." : ""}); the later entries win, merging again` : `layer ${error.layerId}: ${deleted} member(s) are deleted by later members or markers of the same layer (first near ${displayName(error.path)}), as containerd applies them in order; merging again`;
}

// src/rootfs/decompress.ts
import { PassThrough as PassThrough2, Transform as Transform4 } from "node:stream";
import { createGunzip, createZstdDecompress } from "node:zlib";

// src/rootfs/zstd-frames.ts
import { Transform as Transform3 } from "node:stream";
var ZSTD_MAGIC = 4247762216;
var SKIPPABLE_MIN = 407710288;
var SKIPPABLE_MAX = 407710303;
var isSkippableMagic = (magic) => magic >= SKIPPABLE_MIN && magic <= SKIPPABLE_MAX;
function zstdFrames() {
  let state = "magic";
  let field2 = 0;
  let collected = 0;
  let count = 0;
  let lastBlock = false;
  let checksum = false;
  return new Transform3({
    transform(chunk, _encoding, callback) {
      let i = 0;
      let start = 0;
      const cut = (end) => {
        if (end > start) this.push(chunk.subarray(start, end));
        start = end;
      };
      const collect2 = (bytes) => {
        field2 += chunk[i++] * 2 ** (8 * collected);
        collected++;
        return collected === bytes;
      };
      const frameEnd = () => {
        cut(i);
        state = "magic";
      };
      try {
        while (i < chunk.length) {
          switch (state) {
            case "magic":
              cut(i);
              if (!collect2(4)) {
                start = i;
                break;
              }
              start = i;
              if (field2 === ZSTD_MAGIC) {
                this.push(Buffer.from([40, 181, 47, 253]));
                state = "descriptor";
              } else if (isSkippableMagic(field2)) state = "skipSize";
              else throw new Error(`not a zstd frame (magic 0x${field2.toString(16).padStart(8, "0")})`);
              field2 = collected = 0;
              break;
            case "descriptor": {
              const descriptor = chunk[i++];
              if ((descriptor & 8) !== 0) throw new Error("reserved bit set in a zstd frame header");
              const single = (descriptor & 32) !== 0;
              checksum = (descriptor & 4) !== 0;
              count = (single ? 0 : 1) + [0, 1, 2, 4][descriptor & 3] + [single ? 1 : 0, 2, 4, 8][descriptor >> 6];
              state = count === 0 ? "block" : "header";
              break;
            }
            case "header":
            case "body":
            case "checksum": {
              const take = Math.min(count, chunk.length - i);
              i += take;
              count -= take;
              if (count > 0) break;
              if (state === "header") state = "block";
              else if (state === "body") {
                if (!lastBlock) state = "block";
                else if (checksum) {
                  state = "checksum";
                  count = 4;
                } else frameEnd();
              } else frameEnd();
              break;
            }
            case "block": {
              if (!collect2(3)) break;
              lastBlock = (field2 & 1) !== 0;
              const type = field2 >> 1 & 3;
              if (type === 3) throw new Error("reserved zstd block type");
              count = type === 1 ? 1 : field2 >>> 3;
              field2 = collected = 0;
              state = "body";
              if (count === 0) {
                if (!lastBlock) state = "block";
                else if (checksum) {
                  state = "checksum";
                  count = 4;
                } else frameEnd();
              }
              break;
            }
            case "skipSize":
              if (!collect2(4)) {
                start = i;
                break;
              }
              count = field2;
              field2 = collected = 0;
              state = "skip";
              start = i;
              if (count === 0) frameEnd();
              break;
            case "skip": {
              const take = Math.min(count, chunk.length - i);
              i += take;
              count -= take;
              start = i;
              if (count === 0) frameEnd();
              break;
            }
          }
        }
        if (state !== "skip" && state !== "skipSize" && state !== "magic") cut(i);
        callback();
      } catch (error) {
        callback(error);
      }
    },
    flush(callback) {
      callback(state === "magic" && collected === 0 ? null : new Error("zstd stream ends inside a frame"));
    }
  });
}

// src/rootfs/decompress.ts
var COMPRESSION = {
  [MediaType.ociLayer]: "none",
  [MediaType.ociLayerGzip]: "gzip",
  [MediaType.ociLayerZstd]: "zstd",
  [MediaType.ociLayerNondistributable]: "none",
  [MediaType.ociLayerNondistributableGzip]: "gzip",
  [MediaType.ociLayerNondistributableZstd]: "zstd",
  [MediaType.dockerLayer]: "none",
  [MediaType.dockerLayerGzip]: "gzip",
  [MediaType.dockerForeignLayerGzip]: "gzip",
  "application/vnd.docker.image.rootfs.foreign.diff.tar": "none"
};
var MAGICS = [
  { name: "gzip", bytes: [31, 139] },
  { name: "zstd", bytes: [40, 181, 47, 253] },
  { name: "bzip2", bytes: [66, 90, 104] },
  { name: "xz", bytes: [253, 55, 122, 88, 90, 0] }
];
var MAGIC_BYTES = 8;
function layerCompression(descriptor) {
  const { mediaType, digest } = descriptor;
  if (mediaType.endsWith("+encrypted")) {
    throw contentError(`layer ${digest}: encrypted layers (${mediaType}) are not supported`);
  }
  const compression = COMPRESSION[mediaType];
  if (compression === void 0) throw contentError(`layer ${digest}: unsupported layer media type ${JSON.stringify(mediaType)}`);
  return compression;
}
function compressionOf(head2) {
  if (head2.length >= 8 && isSkippableMagic(Buffer.from(head2.buffer, head2.byteOffset, 4).readUInt32LE(0))) return "zstd";
  return MAGICS.find((magic) => head2.length >= magic.bytes.length && magic.bytes.every((byte, i) => head2[i] === byte))?.name;
}
function sniff(head2) {
  const found = compressionOf(head2);
  if (found !== void 0) return `${found} data`;
  return head2.length === 0 ? "no data" : "uncompressed data";
}
function magicCheck(expected, describe5) {
  let head2 = Buffer.alloc(0);
  const verdict = () => {
    const found = sniff(head2 ?? Buffer.alloc(0));
    const ok = expected === "none" ? found === "uncompressed data" || found === "no data" : found === `${expected} data`;
    return ok ? void 0 : contentError(describe5(found));
  };
  return new Transform4({
    transform(chunk, _encoding, callback) {
      if (head2 === void 0) {
        callback(null, chunk);
        return;
      }
      head2 = Buffer.concat([head2, chunk]);
      if (head2.length < MAGIC_BYTES) {
        callback();
        return;
      }
      const error = verdict();
      const out = head2;
      head2 = void 0;
      callback(error ?? null, error === void 0 ? out : void 0);
    },
    flush(callback) {
      if (head2 === void 0) {
        callback();
        return;
      }
      const error = verdict();
      const out = head2;
      head2 = void 0;
      callback(error ?? null, error === void 0 && out.length > 0 ? out : void 0);
    }
  });
}
function decompressLayer(stream, descriptor) {
  const compression = layerCompression(descriptor);
  const { mediaType, digest } = descriptor;
  const check = magicCheck(
    compression,
    (found) => `layer ${digest}: media type ${mediaType} declares ${compression === "none" ? "an uncompressed tar" : `${compression} data`}, but the blob starts with ${found}`
  );
  const out = new PassThrough2({ highWaterMark: 64 * 1024 });
  const stages = [stream, check];
  if (compression === "gzip") stages.push(createGunzip({ chunkSize: 64 * 1024 }));
  if (compression === "zstd") stages.push(zstdFrames(), createZstdDecompress({ chunkSize: 64 * 1024 }));
  let failed = false;
  const fail = (error) => {
    if (failed) return;
    failed = true;
    const reported = error instanceof FlattenError ? error : contentError(`layer ${digest}: cannot decompress ${mediaType}: ${error instanceof Error ? error.message : String(error)}`, error);
    for (const stage of stages) stage.destroy();
    out.destroy(reported);
  };
  for (const stage of stages) stage.on("error", fail);
  let previous = stream;
  for (const stage of stages.slice(1)) previous = previous.pipe(stage);
  previous.pipe(out);
  out.on("close", () => {
    if (!out.readableEnded) for (const stage of stages) stage.destroy();
  });
  return out;
}

// src/stream/meter.ts
import { Transform as Transform5, pipeline as pipeline2 } from "node:stream";
function createMeter(onBytes) {
  let total = 0;
  return new Transform5({
    transform(chunk, _encoding, callback) {
      total += chunk.length;
      onBytes(total);
      callback(null, chunk);
    }
  });
}
function metered(source, onBytes) {
  const meter = createMeter(onBytes);
  pipeline2(source, meter, () => {
  });
  return meter;
}

// src/pipeline/build-layer.ts
import { createWriteStream } from "node:fs";
import { createHash as createHash3 } from "node:crypto";
import { PassThrough as PassThrough3, Transform as Transform7 } from "node:stream";
import { pipeline as pipeline3 } from "node:stream/promises";

// src/stream/digest.ts
import { createHash as createHash2 } from "node:crypto";
import { Transform as Transform6 } from "node:stream";
function createDigestStream() {
  const hash = createHash2("sha256");
  let size = 0;
  let settled = false;
  let resolve3;
  let reject;
  const result = new Promise((res, rej) => {
    resolve3 = res;
    reject = rej;
  });
  result.catch(() => {
  });
  const stream = new Transform6({
    transform(chunk, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
    flush(callback) {
      settled = true;
      resolve3({ digest: `sha256:${hash.digest("hex")}`, size });
      callback();
    },
    destroy(error, callback) {
      if (!settled) {
        settled = true;
        reject(error ?? new Error("digest stream closed before its input ended"));
      }
      callback(error);
    }
  });
  return { stream, result };
}

// src/pipeline/growing-file.ts
import { EventEmitter } from "node:events";
import { open } from "node:fs/promises";
import { Readable as Readable2, Writable } from "node:stream";
var CHUNK = 64 * 1024;
var WRITE_BATCH = 256 * 1024;
function createGrowingFile(path) {
  const events = new EventEmitter();
  events.setMaxListeners(0);
  let written = 0;
  let finished4 = false;
  let failure;
  let settle;
  const done = new Promise((resolve3, reject) => {
    settle = { resolve: resolve3, reject };
  });
  done.catch(() => {
  });
  const changed = () => {
    events.emit("change");
  };
  const fail = (error) => {
    if (finished4 || failure !== void 0) return;
    failure = error;
    settle.reject(error);
    changed();
  };
  const writer = () => {
    let handle;
    const append = async (chunks, length) => {
      const file = handle;
      const { bytesWritten } = chunks.length === 1 ? await file.write(chunks[0]) : await file.writev(chunks);
      if (bytesWritten < length) await file.write(Buffer.concat(chunks, length).subarray(bytesWritten));
      written += length;
      changed();
    };
    return new Writable({
      highWaterMark: WRITE_BATCH,
      construct(callback) {
        open(path, "w").then(
          (h) => {
            handle = h;
            callback();
          },
          (error) => callback(error)
        );
      },
      write(chunk, _encoding, callback) {
        append([chunk], chunk.length).then(() => callback(), callback);
      },
      writev(pieces, callback) {
        const chunks = pieces.map((piece) => piece.chunk);
        let length = 0;
        for (const chunk of chunks) length += chunk.length;
        append(chunks, length).then(() => callback(), callback);
      },
      final(callback) {
        handle.close().then(() => {
          handle = void 0;
          finished4 = true;
          settle.resolve();
          changed();
          callback();
        }, callback);
      },
      destroy(error, callback) {
        const close = handle?.close() ?? Promise.resolve();
        handle = void 0;
        close.finally(() => {
          if (!finished4) fail(error ?? new Error(`writing ${path} stopped before its end`));
          callback(error);
        });
      }
    });
  };
  const more = (position, batch) => new Promise((resolve3) => {
    const check = () => {
      if (written >= position + batch || finished4 || failure !== void 0) {
        events.off("change", check);
        resolve3();
      }
    };
    events.on("change", check);
    check();
  });
  const reader = (options = {}) => {
    const batch = Math.max(1, options.batch ?? 1);
    let handle;
    let position = 0;
    return new Readable2({
      highWaterMark: Math.max(CHUNK, batch),
      async read(size) {
        try {
          await more(position, batch);
          if (failure !== void 0) throw failure;
          if (position >= written && finished4) {
            this.push(null);
            return;
          }
          handle ??= await open(path, "r");
          const length = Math.min(Math.max(size, CHUNK, batch), written - position);
          const buffer = Buffer.allocUnsafe(length);
          const { bytesRead } = await handle.read(buffer, 0, length, position);
          position += bytesRead;
          this.push(bytesRead === length ? buffer : buffer.subarray(0, bytesRead));
        } catch (error) {
          this.destroy(error);
        }
      },
      destroy(error, callback) {
        const close = handle?.close() ?? Promise.resolve();
        handle = void 0;
        close.finally(() => callback(error));
      }
    });
  };
  return { path, done, writer, reader };
}

// src/pipeline/build-layer.ts
async function buildMergedLayer(options) {
  const mergeOptions = {
    lower: options.lower,
    ...options.signal === void 0 ? {} : { signal: options.signal },
    ...options.onWarning === void 0 ? {} : { onWarning: options.onWarning }
  };
  const compressor = () => createCompressor({ format: options.compression, ...options.level === void 0 ? {} : { level: options.level } });
  let onDisk = 0;
  return mergeToEnd(options.layers, mergeOptions, async (merged) => {
    let sink;
    let counted2 = (_total) => void 0;
    if (options.sinkFor !== void 0) {
      sink = options.sinkFor(merged.attempt);
    } else if (merged.attempt === 1) {
      const growing = createGrowingFile(options.file);
      options.onFirstRun?.(growing);
      sink = growing.writer();
    } else {
      sink = createWriteStream(options.file, { flags: "w" });
    }
    if (options.sinkFor === void 0 && options.fileBudget !== void 0) {
      const budget = options.fileBudget;
      budget.shrank(onDisk);
      onDisk = 0;
      counted2 = (total) => {
        budget.grew(total - onDisk);
        onDisk = total;
      };
    }
    const uncompressed = createDigestStream();
    const compressed = createDigestStream();
    let bytesOut = 0;
    const meterIn = createMeter((bytesIn) => options.onBytes?.(bytesIn, bytesOut));
    const meterOut = createMeter((total) => {
      bytesOut = total;
      counted2(total);
    });
    await pipeline3(
      merged.stream,
      meterIn,
      uncompressed.stream,
      compressor(),
      compressed.stream,
      meterOut,
      sink,
      ...options.signal === void 0 ? [] : [{ signal: options.signal }]
    );
    const [diff2, blob, stats] = await Promise.all([uncompressed.result, compressed.result, merged.stats]);
    options.onBytes?.(diff2.size, bytesOut);
    const again = () => remerge(options.layers, merged.options, compressor, blob.digest);
    return { file: options.file, digest: blob.digest, size: blob.size, diffId: diff2.digest, uncompressedSize: diff2.size, stats, again };
  });
}
function remerge(layers, options, compressor, digest) {
  const hash = createHash3("sha256");
  const check = new Transform7({
    transform(chunk, _encoding, callback) {
      hash.update(chunk);
      callback(null, chunk);
    },
    flush(callback) {
      const made = `sha256:${hash.digest("hex")}`;
      callback(
        made === digest ? null : contentError(`the merged layer made again is ${made}, not ${digest}: the source changed between two reads`)
      );
    }
  });
  const out = new PassThrough3();
  pipeline3(mergeLayers(layers, options).stream, compressor(), check, out).catch((error) => out.destroy(error));
  return out;
}

// src/pipeline/diff-id-check.ts
import { createHash as createHash4 } from "node:crypto";
import { pipeline as pipeline4, Transform as Transform8 } from "node:stream";
import { finished as finished2 } from "node:stream/promises";
function createDiffIdCheck(label, layers, diffIds) {
  if (diffIds.length !== layers.length) {
    throw contentError(`${label}: config lists ${diffIds.length} diff_ids but the manifest has ${layers.length} layers`);
  }
  const verdicts = new Array(layers.length);
  let failure;
  const decide2 = (index, computed) => {
    const earlier = verdicts[index];
    if (earlier !== void 0) return earlier === "match" ? void 0 : earlier;
    const expected = diffIds[index];
    if (computed === expected) {
      verdicts[index] = "match";
      return void 0;
    }
    const layer = layers[index];
    const mismatch = contentError(
      `${label}: layer ${index} (${layer.digest}) uncompressed has diff_id ${computed}, but the config's rootfs.diff_ids[${index}] is ${expected} (containerd refuses such an image: "wrong diff id calculated on extraction")`
    );
    verdicts[index] = mismatch;
    failure ??= mismatch;
    return mismatch;
  };
  const watch = (index, uncompressed) => {
    const verdict = verdicts[index];
    if (verdict === "match") return uncompressed;
    if (verdict !== void 0) {
      uncompressed.destroy(verdict);
      return uncompressed;
    }
    const hash = createHash4("sha256");
    const hashing = new Transform8({
      transform(chunk, _encoding, callback) {
        hash.update(chunk);
        callback(null, chunk);
      },
      flush(callback) {
        callback(decide2(index, `sha256:${hash.digest("hex")}`) ?? null);
      }
    });
    pipeline4(uncompressed, hashing, () => void 0);
    return hashing;
  };
  return {
    watch,
    async checkRemaining(open4, signal) {
      for (let index = 0; index < layers.length; index++) {
        if (verdicts[index] !== void 0) continue;
        signal?.throwIfAborted();
        const stream = watch(index, await open4(index));
        stream.resume();
        await finished2(stream);
      }
      if (failure !== void 0) throw failure;
    },
    get failure() {
      return failure;
    }
  };
}

// src/pipeline/layer-store.ts
import { rmSync } from "node:fs";
import { join } from "node:path";
import { PassThrough as PassThrough4 } from "node:stream";
import { finished as finished3, pipeline as pipeline6 } from "node:stream/promises";

// node_modules/yocto-queue/index.js
var Node = class {
  value;
  next;
  constructor(value) {
    this.value = value;
  }
};
var Queue = class {
  #head;
  #tail;
  #size;
  constructor() {
    this.clear();
  }
  enqueue(value) {
    const node = new Node(value);
    if (this.#head) {
      this.#tail.next = node;
      this.#tail = node;
    } else {
      this.#head = node;
      this.#tail = node;
    }
    this.#size++;
  }
  dequeue() {
    const current = this.#head;
    if (!current) {
      return;
    }
    this.#head = this.#head.next;
    this.#size--;
    if (!this.#head) {
      this.#tail = void 0;
    }
    return current.value;
  }
  peek() {
    if (!this.#head) {
      return;
    }
    return this.#head.value;
  }
  clear() {
    this.#head = void 0;
    this.#tail = void 0;
    this.#size = 0;
  }
  get size() {
    return this.#size;
  }
  *[Symbol.iterator]() {
    let current = this.#head;
    while (current) {
      yield current.value;
      current = current.next;
    }
  }
  *drain() {
    while (this.#head) {
      yield this.dequeue();
    }
  }
};

// node_modules/p-limit/index.js
function pLimit(concurrency) {
  let rejectOnClear = false;
  if (typeof concurrency === "object") {
    ({ concurrency, rejectOnClear = false } = concurrency);
  }
  validateConcurrency(concurrency);
  if (typeof rejectOnClear !== "boolean") {
    throw new TypeError("Expected `rejectOnClear` to be a boolean");
  }
  const queue = new Queue();
  let activeCount = 0;
  const resumeNext = () => {
    if (activeCount < concurrency && queue.size > 0) {
      activeCount++;
      queue.dequeue().run();
    }
  };
  const next = () => {
    activeCount--;
    resumeNext();
  };
  const run = async (function_, resolve3, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve3(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve3, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run.bind(void 0, function_, resolve3, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve3, reject) => {
    enqueue(function_, resolve3, reject, arguments_);
  });
  Object.defineProperties(generator, {
    activeCount: {
      get: () => activeCount
    },
    pendingCount: {
      get: () => queue.size
    },
    clearQueue: {
      value() {
        if (!rejectOnClear) {
          queue.clear();
          return;
        }
        const abortError = AbortSignal.abort().reason;
        while (queue.size > 0) {
          queue.dequeue().reject(abortError);
        }
      }
    },
    concurrency: {
      get: () => concurrency,
      set(newConcurrency) {
        validateConcurrency(newConcurrency);
        concurrency = newConcurrency;
        queueMicrotask(() => {
          while (activeCount < concurrency && queue.size > 0) {
            resumeNext();
          }
        });
      }
    },
    map: {
      async value(iterable, function_) {
        const promises = [];
        try {
          Array.from(iterable, (value, index) => {
            const promise = generator(function_, value, index);
            promises.push(promise);
            return promise;
          });
        } catch (error) {
          for (const promise of promises) {
            promise.catch(() => {
            });
          }
          throw error;
        }
        return Promise.all(promises);
      }
    }
  });
  return generator;
}
function validateConcurrency(concurrency) {
  if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
    throw new TypeError("Expected `concurrency` to be a number from 1 and up");
  }
}

// src/pipeline/layer-spool.ts
import { pipeline as pipeline5 } from "node:stream/promises";
async function spoolLayer(source, descriptor, file, options) {
  let bytes = 0;
  const meter = createMeter((total) => {
    bytes = total;
    options.onBytes?.(bytes, false);
  });
  const writer = file.writer();
  writer.on("error", () => void 0);
  try {
    options.signal?.throwIfAborted();
    const blob = await source.getBlob(descriptor, options.signal);
    await pipeline5(blob, meter, writer, ...options.signal === void 0 ? [] : [{ signal: options.signal }]);
    options.onBytes?.(bytes, true);
  } catch (error) {
    writer.destroy(error);
  }
}

// src/pipeline/layer-store.ts
function createLayerStore(source, layers, options) {
  const { budget, signal } = options;
  const limit = pLimit(options.concurrency);
  const entries = /* @__PURE__ */ new Map();
  for (const descriptor of [...layers].reverse()) {
    if (entries.has(descriptor.digest)) continue;
    entries.set(descriptor.digest, {
      descriptor,
      spool: void 0,
      downloaded: false,
      bytes: 0,
      opened: false,
      read: false,
      readers: 0,
      verified: false
    });
  }
  const started = [];
  let closed = false;
  const evictable = (entry) => entry.spool !== void 0 && entry.downloaded && entry.read && entry.readers === 0;
  const evict = (entry) => {
    const spool = entry.spool;
    entry.spool = void 0;
    budget.release(entry.descriptor.size);
    budget.shrank(entry.bytes);
    entry.bytes = 0;
    rmSync(spool.path, { force: true });
  };
  const start = (entry) => {
    const { descriptor } = entry;
    const spool = createGrowingFile(join(options.directory, descriptor.digest.replace(":", "-")));
    entry.spool = spool;
    started.push(spool);
    void limit(
      () => spoolLayer(source, descriptor, spool, {
        signal,
        onBytes: (bytes, done) => {
          budget.grew(bytes - entry.bytes);
          entry.bytes = bytes;
          options.onBytes?.(descriptor.digest, bytes, descriptor.size, done);
        }
      })
    );
    spool.done.then(
      () => {
        entry.downloaded = true;
        entry.verified = true;
        schedule();
      },
      () => void 0
    );
  };
  const schedule = () => {
    if (signal?.aborted === true || closed || options.ahead === false) return;
    for (const entry of entries.values()) {
      if (entry.spool !== void 0 || entry.opened) continue;
      if (entry.descriptor.size > budget.limit) continue;
      if (!budget.tryReserve(entry.descriptor.size)) return;
      start(entry);
    }
  };
  const fetch = (entry, first) => {
    const { descriptor } = entry;
    const out = new PassThrough4();
    out.on("error", () => void 0);
    const meter = createMeter((bytes) => {
      if (first) options.onBytes?.(descriptor.digest, bytes, descriptor.size, false);
    });
    source.getBlob(descriptor, signal).then((blob) => pipeline6(blob, meter, out)).then(
      () => {
        entry.verified = true;
        if (first) options.onBytes?.(descriptor.digest, descriptor.size, descriptor.size, true);
      },
      (error) => out.destroy(error)
    );
    return out;
  };
  const follow = (entry, stream, first) => {
    entry.readers++;
    stream.once("close", () => {
      entry.readers--;
      if (first) entry.read = true;
      schedule();
    });
    return stream;
  };
  const removeReclaimer = budget.addReclaimer(() => {
    const victim = [...entries.values()].find(evictable);
    if (victim === void 0) return false;
    evict(victim);
    return true;
  });
  schedule();
  return {
    open(descriptor) {
      const entry = entries.get(descriptor.digest);
      if (entry === void 0) throw new Error(`layer ${descriptor.digest} is not one of the image's`);
      const first = !entry.opened;
      entry.opened = true;
      if (entry.spool !== void 0) return follow(entry, entry.spool.reader(), first);
      if (!first) budget.refetches++;
      const stream = follow(entry, fetch(entry, first), first);
      schedule();
      return stream;
    },
    async settled() {
      await Promise.all(started.map((spool) => spool.done));
      for (const entry of entries.values()) {
        if (entry.verified) continue;
        signal?.throwIfAborted();
        entry.opened = true;
        budget.refetches++;
        const stream = fetch(entry, false);
        stream.resume();
        await finished3(stream);
      }
    },
    async close() {
      removeReclaimer();
      closed = true;
      await Promise.allSettled(started.map((spool) => spool.done));
      for (const entry of entries.values()) if (entry.spool !== void 0) evict(entry);
    },
    async failure() {
      const results = await Promise.allSettled(started.map((spool) => spool.done));
      return results.find((result) => result.status === "rejected")?.reason;
    }
  };
}

// src/pipeline/merged-sink.ts
import { open as open2, rm } from "node:fs/promises";
import { PassThrough as PassThrough5, Writable as Writable2 } from "node:stream";
function createMergedSink(path, budget, follow) {
  let handle;
  let droppedSpool = false;
  let reserved = 0;
  let finished4 = false;
  let follower = follow ? new PassThrough5({ highWaterMark: 1024 * 1024 }) : void 0;
  let wake;
  follower?.on("error", () => void 0);
  const dropSpool = async () => {
    droppedSpool = true;
    const closing = handle?.close();
    handle = void 0;
    await closing?.catch(() => void 0);
    await rm(path, { force: true });
    budget.release(reserved);
    budget.shrank(reserved);
    reserved = 0;
  };
  const detach = () => {
    const stopped = follower;
    follower = void 0;
    stopped?.destroy();
    wake?.();
  };
  const feed = (chunk) => {
    if (follower === void 0 || follower.destroyed) return void 0;
    if (follower.write(chunk)) return void 0;
    return new Promise((resolve3) => {
      const target = follower;
      const done = () => {
        target.off("drain", done);
        target.off("close", done);
        wake = void 0;
        resolve3();
      };
      wake = done;
      target.on("drain", done);
      target.on("close", done);
    });
  };
  const sink = new Writable2({
    highWaterMark: 1024 * 1024,
    construct(callback) {
      open2(path, "w").then(
        (h) => {
          handle = h;
          callback();
        },
        (error) => callback(error)
      );
    },
    write(chunk, _encoding, callback) {
      const spool = async () => {
        if (droppedSpool) return;
        if (!budget.tryReserve(chunk.length, !follow)) {
          await dropSpool();
          return;
        }
        reserved += chunk.length;
        await handle.write(chunk);
        budget.grew(chunk.length);
      };
      Promise.all([spool(), feed(chunk)]).then(() => callback(), callback);
    },
    final(callback) {
      const closing = handle?.close() ?? Promise.resolve();
      handle = void 0;
      closing.then(() => {
        finished4 = true;
        follower?.end();
        callback();
      }, callback);
    },
    destroy(error, callback) {
      if (finished4) {
        callback(error);
        return;
      }
      follower?.destroy(error ?? void 0);
      dropSpool().finally(() => callback(error));
    }
  });
  return {
    path,
    sink,
    follower,
    detach,
    get spooled() {
      return finished4 && !droppedSpool;
    },
    async discard() {
      if (!droppedSpool) await dropSpool();
    }
  };
}

// src/pipeline/reuse.ts
async function findReusable(input) {
  const previous = input.previous.manifest.manifest;
  const kept = input.keptDescriptors;
  if (previous.layers.length !== kept.length + 1) return void 0;
  const sameKept = kept.every(
    (layer, i) => previous.layers[i]?.digest === layer.digest && previous.layers[i]?.mediaType === layer.mediaType
  );
  const merged = previous.layers.at(-1);
  if (!sameKept || merged.mediaType !== input.mergedMediaType) return void 0;
  let configBytes;
  try {
    configBytes = await input.previous.source.getBlobBytes(previous.config, input.signal);
  } catch {
    return void 0;
  }
  const diffIds = parseConfig(configBytes, input.previous.source.description).rootfs.diff_ids;
  const diffId = diffIds.at(-1);
  if (diffId === void 0) return void 0;
  const config = encodeJson(input.configFor(diffId), input.configMediaType);
  if (config.digest !== previous.config.digest) return void 0;
  const manifest = buildManifest({
    family: input.family,
    source: input.sourceManifest,
    config: { mediaType: config.mediaType, digest: config.digest, size: config.bytes.length },
    layers: [...kept, merged],
    ...input.annotations === void 0 ? {} : { annotations: input.annotations }
  });
  if (manifest.digest !== input.previous.manifest.raw.digest) return void 0;
  const stored = previous.layers.filter(
    (layer) => classifyLayer(layer.mediaType, layer.digest, input.target.description) !== "nondistributable"
  );
  for (const blob of [previous.config, ...stored]) {
    if (!await input.target.hasBlob(blob, input.signal)) return void 0;
  }
  return { manifest, merged, diffId };
}
async function readPrevious(target, signal) {
  try {
    const source = await target.existing?.(signal);
    if (source === void 0) return void 0;
    return { source, root: parseManifest(await source.getRootManifest(signal), source.description) };
  } catch {
    return void 0;
  }
}
async function previousFor(previous, platform, signal) {
  if (previous.root.kind === "image") return { source: previous.source, manifest: previous.root };
  if (platform === void 0) return void 0;
  const same = previous.root.index.manifests.find(
    (d) => d.platform?.os === platform.os && d.platform.architecture === platform.architecture && d.platform.variant === platform.variant
  );
  if (same === void 0) return void 0;
  try {
    const parsed = parseManifest(await previous.source.getManifest(same, signal), previous.source.description);
    return parsed.kind === "image" ? { source: previous.source, manifest: parsed } : void 0;
  } catch {
    return void 0;
  }
}

// src/pipeline/temp-budget.ts
function createTempBudget(limit) {
  let reserved = 0;
  let onDisk = 0;
  let peak = 0;
  const reclaimers = /* @__PURE__ */ new Set();
  const reclaim = () => {
    for (const reclaimer of reclaimers) if (reclaimer()) return true;
    return false;
  };
  return {
    limit,
    tryReserve(bytes, reclaiming = true) {
      if (bytes > limit) return false;
      while (reserved + bytes > limit) if (!reclaiming || !reclaim()) return false;
      reserved += bytes;
      return true;
    },
    addReclaimer(reclaimer) {
      reclaimers.add(reclaimer);
      return () => reclaimers.delete(reclaimer);
    },
    release(bytes) {
      reserved -= bytes;
    },
    grew(bytes) {
      onDisk += bytes;
      if (onDisk > peak) peak = onDisk;
    },
    shrank(bytes) {
      onDisk -= bytes;
    },
    get onDisk() {
      return onDisk;
    },
    get peak() {
      return peak;
    },
    peakWith(dirBytes) {
      return Math.max(0, dirBytes - onDisk) + peak;
    },
    refetches: 0
  };
}

// src/diff/fs-tree.ts
function newDirectory(attributes) {
  return { type: "dir", mode: 493, uid: 0, gid: 0, mtime: "", xattrs: /* @__PURE__ */ new Map(), ...attributes, children: /* @__PURE__ */ new Map() };
}
var emptyTree = () => ({ root: newDirectory() });
function lookup(tree, path) {
  if (path === "") return tree.root;
  let node = tree.root;
  for (const part of path.split("/")) {
    if (node.type !== "dir") return void 0;
    const child = node.children.get(part);
    if (child === void 0) return void 0;
    node = child;
  }
  return node;
}
function splitPath(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? ["", path] : [path.slice(0, slash), path.slice(slash + 1)];
}
var joinPath2 = (parent, base) => parent === "" ? base : `${parent}/${base}`;
function* walk(tree) {
  function* below(directory, prefix) {
    for (const name of [...directory.children.keys()].sort(byBytes)) {
      const node = directory.children.get(name);
      const path = prefix === "" ? name : `${prefix}/${name}`;
      yield [path, node];
      if (node.type === "dir") yield* below(node, path);
    }
  }
  yield* below(tree.root, "");
}
var byBytes = (a, b) => a < b ? -1 : a > b ? 1 : 0;

// src/diff/entry-records.ts
function* entryRecords(tree) {
  const names = /* @__PURE__ */ new Map();
  for (const [path, node] of walk(tree)) {
    if (node.type === "dir") continue;
    const list2 = names.get(node);
    if (list2 === void 0) names.set(node, [path]);
    else list2.push(path);
  }
  for (const [path, node] of walk(tree)) {
    const group2 = node.type === "dir" ? void 0 : names.get(node);
    yield [
      path,
      {
        type: node.type,
        mode: node.mode,
        uid: node.uid,
        gid: node.gid,
        size: node.type === "dir" ? 0 : node.size,
        sha256: node.type === "dir" ? "" : node.sha256,
        linkTarget: node.type === "symlink" ? node.linkTarget : "",
        device: node.type === "char" || node.type === "block" ? `${node.devmajor}:${node.devminor}` : "",
        xattrs: node.xattrs,
        hardLinks: group2 !== void 0 && group2.length > 1 ? [...group2].sort(byBytes) : [],
        mtime: node.mtime
      }
    ];
  }
}

// src/diff/compare-trees.ts
function compareTrees(a, b, options = {}) {
  const left = entryRecords(a);
  const right = entryRecords(b);
  const differences = [];
  let entriesA = 0;
  let entriesB = 0;
  let x = left.next();
  let y = right.next();
  while (x.done !== true || y.done !== true) {
    const order = x.done === true ? 1 : y.done === true ? -1 : compareKeys(x.value[0], y.value[0]);
    if (order < 0 && x.done !== true) {
      differences.push({ path: x.value[0], kind: "removed", changes: [] });
      entriesA++;
      x = left.next();
    } else if (order > 0 && y.done !== true) {
      differences.push({ path: y.value[0], kind: "added", changes: [] });
      entriesB++;
      y = right.next();
    } else if (x.done !== true && y.done !== true) {
      const changes = compareRecords(x.value[1], y.value[1], options);
      if (changes.length > 0) differences.push({ path: x.value[0], kind: "changed", changes });
      entriesA++;
      entriesB++;
      x = left.next();
      y = right.next();
    }
  }
  return { differences, entriesA, entriesB };
}
function compareKeys(a, b) {
  const ka = a.replaceAll("/", "\0");
  const kb = b.replaceAll("/", "\0");
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
function compareRecords(a, b, options = {}) {
  if (a.type !== b.type) return [{ field: "type", a: a.type, b: b.type }];
  const changes = [];
  const add2 = (field2, va, vb) => {
    if (va !== vb) changes.push({ field: field2, a: va, b: vb });
  };
  if (a.type !== "symlink") add2("mode", octal(a.mode), octal(b.mode));
  add2("uid", String(a.uid), String(b.uid));
  add2("gid", String(a.gid), String(b.gid));
  if (a.type === "file") add2("content", content(a), content(b));
  add2("symlink", a.linkTarget, b.linkTarget);
  add2("device", a.device, b.device);
  for (const name of /* @__PURE__ */ new Set([...a.xattrs.keys(), ...b.xattrs.keys()])) {
    const va = a.xattrs.get(name);
    const vb = b.xattrs.get(name);
    if (va !== vb) changes.push({ field: "xattr", name, a: va ?? "", b: vb ?? "" });
  }
  if (a.hardLinks.join("\0") !== b.hardLinks.join("\0"))
    changes.push({ field: "hard links", a: a.hardLinks.join("\0"), b: b.hardLinks.join("\0") });
  if (options.times === true && a.type !== "dir") add2("mtime", a.mtime, b.mtime);
  return changes;
}
var octal = (mode) => mode.toString(8).padStart(4, "0");
var content = (record) => `sha256:${record.sha256} ${record.size}`;

// src/diff/describe-difference.ts
function describeDifference(difference) {
  const name = displayName(difference.path);
  if (difference.kind === "added") return `+ ${name}`;
  if (difference.kind === "removed") return `- ${name}`;
  return `~ ${name}: ${difference.changes.map(describeChange).join(", ")}`;
}
function describeChange(change) {
  switch (change.field) {
    case "content":
      return `content ${shortContent(change.a)} -> ${shortContent(change.b)}`;
    case "symlink":
      return `symlink target ${displayName(change.a)} -> ${displayName(change.b)}`;
    case "xattr":
      return `xattr ${displayName(change.name ?? "")} ${change.a === "" ? "(none)" : change.a} -> ${change.b === "" ? "(none)" : change.b}`;
    case "hard links":
      return `hard links ${group(change.a)} -> ${group(change.b)}`;
    default:
      return `${change.field} ${change.a} -> ${change.b}`;
  }
}
function shortContent(text4) {
  const [digest = "", size = ""] = text4.split(" ");
  return `${digest.slice(0, "sha256:".length + 12)}\u2026 (${size} bytes)`;
}
var group = (joined) => joined === "" ? "(none)" : `{${joined.split("\0").map(displayName).join(", ")}}`;

// src/diff/apply-layer.ts
import { createHash as createHash5 } from "node:crypto";
var WHITEOUT = ".wh.";
var OPAQUE2 = ".wh..wh..opq";
var XATTR = "SCHILY.xattr.";
async function applyLayer(tree, reader, where2, signal) {
  const unpacked = /* @__PURE__ */ new Set();
  const symlinkAt = (path) => {
    const node = lookup(tree, path);
    return node?.type === "symlink" ? node.linkTarget : void 0;
  };
  let count = 0;
  for (let header = await reader.next(); header !== void 0; header = await reader.next()) {
    if ((++count & 1023) === 0) signal?.throwIfAborted();
    const fail = (what) => {
      throw contentError(`${where2}: ${displayName(header.name)}: ${what}`);
    };
    const cleaned = cleanPath(header.name);
    if (cleaned === "") {
      await reader.skip();
      continue;
    }
    const path = resolve(cleaned, symlinkAt, fail);
    const [parentPath, base] = splitPath(path);
    const parent = ensureDirectory(tree, parentPath, fail);
    if (base.startsWith(WHITEOUT)) {
      await reader.skip();
      if (base === OPAQUE2) removeAllBut(parent, parentPath, unpacked);
      else if (base === WHITEOUT || base === `${WHITEOUT}.` || base === `${WHITEOUT}..`) fail("a whiteout that names no file");
      else parent.children.delete(base.slice(WHITEOUT.length));
      continue;
    }
    const existing = parent.children.get(base);
    if (existing !== void 0 && !(existing.type === "dir" && header.kind === "dir")) parent.children.delete(base);
    let node;
    switch (header.kind) {
      case "dir":
        node = existing?.type === "dir" ? existing : newDirectory();
        break;
      case "link": {
        const target = lookup(tree, resolve(cleanPath(header.linkname), symlinkAt, fail));
        if (target === void 0) fail(`hard link to ${displayName(header.linkname)}, which does not exist`);
        if (target?.type === "dir") fail(`hard link to ${displayName(header.linkname)}, a directory`);
        node = target;
        break;
      }
      case "file": {
        const hash = createHash5("sha256");
        let size = 0;
        for await (const chunk of reader.body()) {
          hash.update(chunk);
          size += chunk.length;
        }
        node = inode("file", { size, sha256: hash.digest("hex") });
        break;
      }
      case "symlink":
        node = inode("symlink", { linkTarget: header.linkname });
        break;
      case "char":
      case "block":
        node = inode(header.kind, { devmajor: header.devmajor, devminor: header.devminor });
        break;
      case "fifo":
        node = inode("fifo", {});
        break;
    }
    parent.children.set(base, node);
    applyAttributes(node, header);
    unpacked.add(path);
  }
}
function inode(type, fields) {
  return {
    type,
    mode: 0,
    uid: 0,
    gid: 0,
    mtime: "",
    xattrs: /* @__PURE__ */ new Map(),
    size: 0,
    sha256: "",
    linkTarget: "",
    devmajor: 0,
    devminor: 0,
    ...fields
  };
}
function applyAttributes(node, header) {
  node.uid = header.uid;
  node.gid = header.gid;
  node.mode = node.type === "symlink" ? 511 : header.mode;
  let mtime = String(header.mtime);
  for (const [key2, value] of header.pax ?? []) {
    if (key2.startsWith(XATTR)) node.xattrs.set(key2.slice(XATTR.length), value.toString("base64"));
    else if (key2 === "mtime") mtime = canonicalSeconds(value.toString("latin1"));
  }
  node.mtime = mtime;
}
function canonicalSeconds(text4) {
  return text4.includes(".") ? text4.replace(/0+$/, "").replace(/\.$/, "") : text4;
}
function cleanPath(name) {
  const parts = [];
  for (const part of name.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}
function resolve(path, symlinkAt, fail) {
  try {
    return resolveMemberPath(path, symlinkAt);
  } catch (error) {
    if (error instanceof SymlinkLoopError) fail(error.message);
    throw error;
  }
}
function ensureDirectory(tree, path, fail) {
  let directory = tree.root;
  if (path === "") return directory;
  for (const part of path.split("/")) {
    let child = directory.children.get(part);
    if (child === void 0) {
      child = newDirectory();
      directory.children.set(part, child);
    }
    if (child.type !== "dir") fail(`its parent directory ${displayName(path)} is a ${child.type}, not a directory`);
    directory = child;
  }
  return directory;
}
function removeAllBut(directory, path, unpacked) {
  for (const [name, child] of directory.children) {
    const childPath = joinPath2(path, name);
    if (!unpacked.has(childPath)) directory.children.delete(name);
    else if (child.type === "dir") removeAllBut(child, childPath, unpacked);
  }
}

// src/diff/image-filesystem.ts
async function imageLayers(manifest, label, readBlob) {
  const config = parseConfig(await readBlob(manifest.config), label);
  const diffIds = config.rootfs.diff_ids;
  return { label, layers: manifest.layers, diffIds };
}
async function imageFilesystem(image, open4, signal) {
  const check = createDiffIdCheck(image.label, image.layers, image.diffIds);
  const uncompressed = async (index) => {
    const descriptor = image.layers[index];
    return check.watch(index, decompressLayer(await open4(descriptor), descriptor));
  };
  const tree = emptyTree();
  for (const [index, descriptor] of image.layers.entries()) {
    signal?.throwIfAborted();
    const stream = await uncompressed(index);
    try {
      await applyLayer(tree, createTarReader(stream, descriptor.digest), `${image.label}: layer ${index} (${descriptor.digest})`, signal);
    } catch (error) {
      throw check.failure ?? error;
    } finally {
      stream.destroy();
    }
  }
  await check.checkRemaining(uncompressed, signal);
  return tree;
}

// src/pipeline/verify-result.ts
var SHOWN = 3;
async function verifyResult(input) {
  const { target, signal } = input;
  const storedBlob = target.storedBlob;
  if (storedBlob === void 0)
    throw new FlattenError("usage", `${target.description}: options.verify cannot read this kind of target back`);
  const readBack = (descriptor) => input.notStored(descriptor) ? input.openSource(descriptor) : storedBlob.call(target, descriptor, signal);
  const resultLabel = `${input.label} (flattened, read back from ${target.description})`;
  const [sourceTree, resultTree] = await Promise.all([
    imageFilesystem(input.source, input.openSource, signal),
    imageLayers(input.result, resultLabel, async (descriptor) => collect(await storedBlob.call(target, descriptor, signal))).then(
      (layers) => imageFilesystem(layers, readBack, signal)
    )
  ]);
  const { differences, entriesA } = compareTrees(sourceTree, resultTree);
  if (differences.length === 0) return entriesA;
  const shown2 = differences.slice(0, SHOWN).map(describeDifference).join("; ");
  throw contentError(
    `${input.label}: options.verify: the flattened image differs from the source in ${differences.length} entr${differences.length === 1 ? "y" : "ies"} (- only in the source, + only in the result): ${shown2}${differences.length > SHOWN ? "; \u2026" : ""}; the tag was not written`
  );
}
async function collect(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

// src/pipeline/flatten-image.ts
function keptLayerCount(job, diffIds) {
  const layers = job.manifest.layers;
  let count;
  if ("count" in job.keep) {
    count = job.keep.count;
    if (count >= layers.length && layers.length > 0) {
      throw optionError("keepBase", `options.keepBase ${count} keeps all ${layers.length} layers of ${job.label}: nothing would be merged`);
    }
  } else {
    count = 0;
    while (count < diffIds.length && count < job.keep.baseDiffIds.length && diffIds[count] === job.keep.baseDiffIds[count]) count += 1;
    if (count === layers.length) count = Math.max(0, count - 1);
  }
  if (!job.allowNondistributable) {
    layers.forEach((layer, i) => {
      if (classifyLayer(layer.mediaType, layer.digest, job.label) === "nondistributable" && i >= count) {
        job.progress({
          type: "note",
          message: `${job.label}: layer ${layer.digest} is non-distributable; kept as it is with the layers below it (options.allowNondistributable merges it)`
        });
        count = i + 1;
      }
    });
    if (count >= layers.length) {
      throw optionError(
        "allowNondistributable",
        `${job.label}: every layer is non-distributable or kept; set options.allowNondistributable to merge them`
      );
    }
  }
  return count;
}
var noUploads = () => ({ blobs: 0, bytes: 0, existed: 0, mounted: 0 });
async function flattenImage(job) {
  job.signal?.throwIfAborted();
  const plan = await planImage(job);
  if (job.dryRun) {
    return imageResult(job, plan, {
      manifest: { bytes: new Uint8Array(), mediaType: familyTypes(job.family).manifest, digest: "" },
      uploaded: noUploads(),
      reused: false
    });
  }
  const mergedMediaType = layerMediaType(job.family, job.compression);
  const reused = await reusedImage(job, plan, mergedMediaType);
  if (reused !== void 0) return reused;
  const spool = createLayerStore(job.source, plan.layers, {
    directory: job.directory,
    concurrency: job.concurrency,
    budget: job.budget ?? createTempBudget(Number.POSITIVE_INFINITY),
    // A target that cannot take the merged layer while it is made needs it whole: under a
    // budget, its spool gets the room rather than layers ahead of the merge (docs/temp-budget.md).
    ahead: job.target.streamBlob !== void 0 || job.budget === void 0 || !Number.isFinite(job.budget.limit),
    signal: job.signal,
    onBytes: (digest, bytes, total, done) => job.progress({ type: "download", platform: job.label, digest, bytes, total, done })
  });
  try {
    return await writeImage(job, plan, spool, mergedMediaType);
  } catch (error) {
    if (job.signal?.aborted === true) await spool.failure();
    throw error;
  }
}
async function writeImage(job, plan, spool, mergedMediaType) {
  const merged = await mergeLayers2(job, plan, spool, mergedMediaType);
  const configBlob = encodeJson(plan.configFor(merged.built.diffId), familyTypes(job.family).config);
  const configDescriptor = { mediaType: configBlob.mediaType, digest: configBlob.digest, size: configBlob.bytes.length };
  const uploaded = await storeBlobs(job, plan, spool, merged, configDescriptor, configBlob.bytes);
  const raw = buildManifest({
    family: job.family,
    source: job.manifest,
    config: configDescriptor,
    layers: [...plan.keptDescriptors, merged.descriptor],
    ...job.annotations === void 0 ? {} : { annotations: job.annotations }
  });
  if (job.verify === true) await verifyImage(job, plan, spool, raw);
  await spool.close();
  const { built } = merged;
  return imageResult(job, plan, {
    manifest: raw,
    mergedSize: built.size,
    merged: { digest: built.digest, size: built.size, diffId: built.diffId, uncompressedSize: built.uncompressedSize, stats: built.stats },
    uploaded,
    reused: false
  });
}
async function planImage(job) {
  const { source, manifest, signal } = job;
  const layers = manifest.layers;
  for (const layer of layers) classifyLayer(layer.mediaType, layer.digest, job.label);
  const configBytes = await source.getBlobBytes(manifest.config, signal);
  const sourceConfig = parseConfig(configBytes, job.label);
  const diffIds = sourceConfig.rootfs.diff_ids;
  const diffIdCheck = createDiffIdCheck(job.label, layers, diffIds);
  const platform = configPlatform(sourceConfig);
  if (layers.length === 0) throw contentError(`${job.label}: the image has no layers to flatten`);
  const keptCount = keptLayerCount(job, diffIds);
  const kept = layers.slice(0, keptCount);
  const mergedLayers = layers.slice(keptCount);
  job.progress({ type: "image", platform: job.label, layers: layers.length, merged: mergedLayers.length, kept: kept.length });
  const layerFormat = describeCompression({ format: job.compression, ...job.level === void 0 ? {} : { level: job.level } });
  return {
    layers,
    diffIds,
    diffIdCheck,
    platform,
    keptCount,
    kept,
    keptDescriptors: kept.map((layer) => ({ ...layer, mediaType: convertLayerMediaType(layer.mediaType, job.family) })),
    mergedLayers,
    configFor: (mergedDiffId) => flattenConfig(sourceConfig, {
      keptLayers: kept.length,
      keptDiffIds: diffIds.slice(0, kept.length),
      mergedDiffId,
      sourceDigest: job.manifestDigest,
      mergedLayerCount: mergedLayers.length,
      layerFormat,
      ...job.created === void 0 ? {} : { created: job.created },
      ...job.labels === void 0 ? {} : { labels: job.labels }
    })
  };
}
function imageResult(job, plan, outcome) {
  return {
    label: job.label,
    platform: plan.platform,
    manifest: outcome.manifest,
    layersBefore: plan.layers.length,
    layersAfter: plan.kept.length + 1,
    keptLayers: plan.kept.length,
    bytesBefore: plan.layers.reduce((sum, l) => sum + l.size, 0),
    bytesAfter: plan.kept.reduce((sum, l) => sum + l.size, 0) + (outcome.mergedSize ?? 0),
    ...outcome.merged === void 0 ? {} : { merged: outcome.merged },
    uploaded: outcome.uploaded,
    reused: outcome.reused
  };
}
async function reusedImage(job, plan, mergedMediaType) {
  if (job.previous === void 0) return void 0;
  const reused = await findReusable({
    previous: job.previous,
    target: job.target,
    family: job.family,
    sourceManifest: job.manifest,
    keptDescriptors: plan.keptDescriptors,
    mergedMediaType,
    configMediaType: familyTypes(job.family).config,
    configFor: plan.configFor,
    ...job.annotations === void 0 ? {} : { annotations: job.annotations },
    ...job.signal === void 0 ? {} : { signal: job.signal }
  });
  if (reused === void 0) return void 0;
  job.progress({
    type: "note",
    message: `${job.label}: ${job.target.description} already holds this flattened image (${reused.manifest.digest}); nothing to merge or upload`
  });
  return imageResult(job, plan, {
    manifest: reused.manifest,
    mergedSize: reused.merged.size,
    uploaded: { ...noUploads(), existed: plan.kept.length + 2 },
    reused: true
  });
}
async function mergeLayers2(job, plan, spool, mediaType) {
  const { target, signal } = job;
  const { layers, diffIdCheck, keptCount } = plan;
  const uncompressed = (index) => {
    const descriptor2 = layers[index];
    return diffIdCheck.watch(index, decompressLayer(spool.open(descriptor2), descriptor2));
  };
  const input = (index) => ({ id: layers[index].digest, open: () => uncompressed(index) });
  const layerFile = join2(job.directory, `merged-${job.manifestDigest.replace(":", "-")}`);
  let finalMerged = deferred();
  const building = new AbortController();
  const stopBuilding = () => building.abort(signal?.reason);
  if (signal?.aborted === true) stopBuilding();
  else signal?.addEventListener("abort", stopBuilding, { once: true });
  let streamed;
  let streamFailure;
  const streamMerged = (file) => {
    if (target.streamBlob === void 0) return;
    const final = finalMerged;
    if ("done" in file) file.done.catch((error) => final.reject(error));
    else file.sink.on("error", (error) => final.reject(error));
    const follow = () => "done" in file ? file.reader({ batch: STREAM_BATCH }) : file.follower;
    const upload = target.streamBlob(
      () => metered(follow(), (bytes) => job.progress({ type: "upload", platform: job.label, digest: MERGED, bytes, total: 0, merged: true })),
      final.promise,
      {
        ...signal === void 0 ? {} : { signal },
        onNotStored: (why) => job.progress({
          type: "note",
          message: `${job.label}: the merged layer could not be sent while it was made (${why}); sending it now`
        })
      }
    );
    upload.catch((error) => {
      streamFailure = { error };
      building.abort(error);
    });
    if (!("done" in file)) upload.then(file.detach, file.detach);
    streamed = upload;
  };
  const budget = job.budget ?? createTempBudget(Number.POSITIVE_INFINITY);
  let mergedSink;
  const sinkFor = (attempt) => {
    mergedSink = createMergedSink(`${layerFile}-${attempt}`, budget, target.streamBlob !== void 0);
    if (attempt > 1) finalMerged = deferred();
    streamMerged(mergedSink);
    return mergedSink.sink;
  };
  let built;
  try {
    built = await buildMergedLayer({
      layers: plan.mergedLayers.map((_, i) => input(keptCount + i)),
      lower: plan.kept.map((_, i) => input(i)),
      compression: job.compression,
      ...job.level === void 0 ? {} : { level: job.level },
      file: layerFile,
      signal: building.signal,
      onWarning: (message2) => job.progress({ type: "note", message: `${job.label}: ${message2}` }),
      onBytes: (bytesIn, bytesOut) => job.progress({ type: "merge", platform: job.label, bytesIn, bytesOut, done: false }),
      ...Number.isFinite(budget.limit) ? { sinkFor } : { onFirstRun: streamMerged, fileBudget: budget }
    });
  } catch (error) {
    finalMerged.reject(error);
    await streamed?.catch(() => void 0);
    if (streamFailure !== void 0 && signal?.aborted !== true) throw streamFailure.error;
    throw await spool.failure() ?? diffIdCheck.failure ?? error;
  } finally {
    signal?.removeEventListener("abort", stopBuilding);
  }
  try {
    await diffIdCheck.checkRemaining(uncompressed, signal);
  } catch (error) {
    finalMerged.reject(error);
    await streamed?.catch(() => void 0);
    throw await spool.failure() ?? error;
  }
  job.progress({ type: "merge", platform: job.label, bytesIn: built.uncompressedSize, bytesOut: built.size, done: true });
  const descriptor = { mediaType, digest: built.digest, size: built.size };
  finalMerged.resolve(descriptor);
  const sink = mergedSink;
  const open4 = () => sink === void 0 ? createReadStream(layerFile) : sink.spooled ? createReadStream(sink.path) : built.again();
  return { built, descriptor, open: open4, discard: () => sink?.discard() ?? Promise.resolve(), streamed };
}
async function storeBlobs(job, plan, spool, merged, configDescriptor, configBytes) {
  const { source, target, signal } = job;
  const uploaded = noUploads();
  const report = (descriptor, bytes, isMerged, outcome) => job.progress({
    type: "upload",
    platform: job.label,
    digest: descriptor.digest,
    bytes,
    total: descriptor.size,
    ...outcome === void 0 ? {} : { outcome },
    ...isMerged ? { merged: isMerged } : {}
  });
  const count = (descriptor, outcome, isMerged = false) => {
    if (outcome === "existed") uploaded.existed += 1;
    else if (outcome === "mounted") uploaded.mounted += 1;
    else {
      uploaded.blobs += 1;
      uploaded.bytes += descriptor.size;
    }
    report(descriptor, outcome === "uploaded" ? descriptor.size : 0, isMerged, outcome);
  };
  const put = async (descriptor, open4, isMerged = false) => {
    const reopen = async () => metered(await open4(), (bytes) => report(descriptor, bytes, isMerged));
    count(
      descriptor,
      await target.putBlob(descriptor, reopen, { mountFrom: source, ...signal === void 0 ? {} : { signal } }),
      isMerged
    );
  };
  const distributable = plan.keptDescriptors.filter((layer) => !isNondistributable(layer, job.label));
  for (const layer of distributable) {
    await put(layer, () => spool.open(layer));
  }
  const streamedOutcome = await merged.streamed;
  if (streamedOutcome === void 0) await put(merged.descriptor, merged.open, true);
  else count(merged.descriptor, streamedOutcome, true);
  await put(configDescriptor, () => Readable3.from([configBytes]));
  await merged.discard();
  await spool.settled();
  await verifyPresent(target, [configDescriptor, ...distributable, merged.descriptor], job.label, signal);
  return uploaded;
}
async function verifyImage(job, plan, spool, raw) {
  const started = performance.now();
  const built = parseManifest(raw, job.label);
  if (built.kind !== "image") throw new Error("buildManifest made an index");
  const entries = await verifyResult({
    label: job.label,
    source: { label: job.label, layers: plan.layers, diffIds: plan.diffIds },
    openSource: (descriptor) => spool.open(descriptor),
    result: built.manifest,
    target: job.target,
    notStored: (descriptor) => isNondistributable(descriptor, job.label),
    ...job.signal === void 0 ? {} : { signal: job.signal }
  });
  const seconds = ((performance.now() - started) / 1e3).toFixed(1);
  job.progress({
    type: "note",
    message: `${job.label}: verified: read back from ${job.target.description}, its ${entries} entries equal the source's (${seconds} s)`
  });
}
var STREAM_BATCH = 1024 * 1024;
var MERGED = "merged layer";
function deferred() {
  let resolve3;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve3 = res;
    reject = rej;
  });
  promise.catch(() => void 0);
  return { promise, resolve: resolve3, reject };
}
var isNondistributable = (layer, label) => classifyLayer(layer.mediaType, layer.digest, label) === "nondistributable";
async function verifyPresent(target, blobs, label, signal) {
  for (const blob of blobs) {
    if (!await target.hasBlob(blob, signal)) {
      throw new FlattenError(
        "registry",
        `${target.description}: blob ${blob.digest} of ${label} is missing on the target after upload; the tag was not written`
      );
    }
  }
}
function configPlatform(config) {
  return [config.os, config.architecture, config.variant].filter((part) => typeof part === "string" && part !== "").join("/");
}

// src/registry/challenge.ts
var PARAM_RE = /([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
function parseChallenge(header) {
  if (header === void 0) return void 0;
  const match = /^\s*(\S+)\s*(.*)$/s.exec(header);
  if (match === null) return void 0;
  const scheme = (match[1] ?? "").toLowerCase();
  if (scheme !== "basic" && scheme !== "bearer") return void 0;
  const params = /* @__PURE__ */ new Map();
  for (const param of (match[2] ?? "").matchAll(PARAM_RE)) {
    const value = param[2] !== void 0 ? param[2].replace(/\\(.)/g, "$1") : param[3] ?? "";
    params.set((param[1] ?? "").toLowerCase(), value);
  }
  const scope = params.get("scope");
  return {
    scheme,
    realm: params.get("realm"),
    service: params.get("service"),
    scopes: scope === void 0 || scope === "" ? [] : scope.split(" ").filter((s) => s !== "")
  };
}
var repositoryScope = (repository, actions) => `repository:${repository}:${actions.join(",")}`;
function mergeScopes(scopes) {
  const byResource = /* @__PURE__ */ new Map();
  for (const scope of scopes) {
    const cut = scope.lastIndexOf(":");
    if (cut === -1) {
      byResource.set(scope, byResource.get(scope) ?? /* @__PURE__ */ new Set());
      continue;
    }
    const resource = scope.slice(0, cut);
    const actions = byResource.get(resource) ?? /* @__PURE__ */ new Set();
    for (const action of scope.slice(cut + 1).split(",")) if (action !== "") actions.add(action);
    byResource.set(resource, actions);
  }
  const merged = [...byResource].map(([resource, actions]) => {
    const ordered = [...actions].sort((a, b) => a === "push" ? -1 : b === "push" ? 1 : a.localeCompare(b));
    return ordered.length === 0 ? resource : `${resource}:${ordered.join(",")}`;
  });
  const pushFirst = (scope) => /:[^:]*\bpush\b[^:]*$/.test(scope) ? 0 : 1;
  return merged.sort((a, b) => pushFirst(a) - pushFirst(b) || a.localeCompare(b));
}
function scopesCover(held, wanted) {
  const heldMerged = mergeScopes(held);
  return mergeScopes([...held, ...wanted]).every((scope) => heldMerged.includes(scope));
}

// src/redact.ts
var forms = /* @__PURE__ */ new Set();
var MIN_LENGTH = 4;
var add = (form) => {
  if (form.length >= MIN_LENGTH) forms.add(form);
};
function addEncodings(secret) {
  add(secret);
  add(Buffer.from(secret).toString("base64"));
  add(Buffer.from(secret).toString("base64").replace(/=+$/, ""));
  add(Buffer.from(secret).toString("base64url"));
  add(encodeURIComponent(secret));
  add(new URLSearchParams({ s: secret }).toString().slice(2));
  add(JSON.stringify(secret).slice(1, -1));
}
function holdSecret(secret) {
  if (secret.length >= MIN_LENGTH) addEncodings(secret);
}
function holdCredential(credential) {
  if (credential === void 0) return;
  if (credential.kind === "basic") {
    holdSecret(credential.password);
    addEncodings(`${credential.username}:${credential.password}`);
  } else if (credential.kind === "identity") {
    holdSecret(credential.token);
    addEncodings(`${credential.username ?? "<token>"}:${credential.token}`);
  } else {
    holdSecret(credential.token);
  }
}
var REDACTED = "<redacted>";
function redactSecrets(text4) {
  if (forms.size === 0) return text4;
  let out = text4;
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    if (out.includes(form)) out = out.split(form).join(REDACTED);
  }
  return out;
}

// src/registry/token.ts
import { text } from "node:stream/consumers";

// src/display-text.ts
var displayText = (text4) => displayName(byteStringOf(text4));
var CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var escapeControls = (text4) => text4.replace(CONTROLS, (c) => {
  const code = c.charCodeAt(0);
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
});

// src/reference/reference.ts
var DOCKER_HUB = "docker.io";
var DOCKER_HUB_API_HOST = "registry-1.docker.io";
var DEFAULT_TAG = "latest";
var DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
var HOST_RE = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$`);
var PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var TAG_RE = /^[\w][\w.-]{0,127}$/;
var DIGEST_RE = /^([a-z0-9]+(?:[.+_-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/;
var DIGEST_HEX_LENGTH = { sha256: 64, sha512: 128 };
var MAX_NAME_LENGTH = 255;
var makeReference = (registry, repository, tag, digest) => Object.freeze({
  registry,
  repository,
  tag,
  digest,
  toString: () => `${registry}/${repository}${tag === void 0 ? "" : `:${tag}`}${digest === void 0 ? "" : `@${digest}`}`
});
function digestProblem(digest) {
  const match = DIGEST_RE.exec(digest);
  if (match === null) return `digest ${displayText(digest)} is not of the form algorithm:hex`;
  const algorithm = match[1] ?? "";
  const hex = match[2] ?? "";
  const length = DIGEST_HEX_LENGTH[algorithm];
  if (length === void 0) return `digest algorithm ${displayText(algorithm)} is not supported (sha256, sha512)`;
  if (!/^[a-f0-9]+$/.test(hex)) return `digest ${displayText(digest)} must be lowercase hex`;
  if (hex.length !== length) return `${algorithm} digest must have ${length} hex characters, got ${hex.length}`;
  return void 0;
}
var looksLikeRegistry = (component) => component.includes(".") || component.includes(":") || component === "localhost" || component.startsWith("[");
function parseReference(input) {
  const fail = (why) => {
    throw usageError(`invalid reference ${displayText(input)}: ${why}`);
  };
  if (input === "") fail("empty");
  if (/\s/.test(input)) fail("contains whitespace");
  if (input.includes("://")) fail("a reference has no URL scheme (write host/repository:tag)");
  let rest = input;
  let digest;
  const at = rest.indexOf("@");
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    const problem = digestProblem(digest);
    if (problem !== void 0) fail(problem);
  }
  let tag;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.indexOf(":", lastSlash + 1);
  if (colon !== -1) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG_RE.test(tag)) fail(`tag ${displayText(tag)} must match [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`);
  }
  let registry = DOCKER_HUB;
  let path = rest;
  const slash = rest.indexOf("/");
  if (slash !== -1 && looksLikeRegistry(rest.slice(0, slash))) {
    registry = rest.slice(0, slash);
    path = rest.slice(slash + 1);
    if (!HOST_RE.test(registry)) fail(`registry ${displayText(registry)} is not a valid host[:port]`);
    const port = /:([0-9]+)$/.exec(registry)?.[1];
    if (port !== void 0 && (Number(port) < 1 || Number(port) > 65535)) fail(`port ${port} is out of range`);
  }
  if (registry === "index.docker.io") registry = DOCKER_HUB;
  if (path === "") fail("repository name is empty");
  const components = path.split("/");
  for (const component of components) {
    if (component === "") fail("repository name has an empty path component");
    if (component !== component.toLowerCase()) fail("repository name must be lowercase");
    if (!PATH_COMPONENT_RE.test(component)) {
      fail(`repository path component ${displayText(component)} must match [a-z0-9]+ separated by ".", "_", "__" or "-"`);
    }
  }
  if (registry === DOCKER_HUB && components.length === 1) path = `library/${path}`;
  if (`${registry}/${path}`.length > MAX_NAME_LENGTH) fail(`name is longer than ${MAX_NAME_LENGTH} characters`);
  if (tag === void 0 && digest === void 0) tag = DEFAULT_TAG;
  return makeReference(registry, path, tag, digest);
}
var registryHost = (registry) => registry === DOCKER_HUB || registry === "index.docker.io" ? DOCKER_HUB_API_HOST : registry;
function hostnameOf(registry) {
  if (registry.startsWith("[")) return registry.slice(1, registry.indexOf("]"));
  const colon = registry.lastIndexOf(":");
  return colon === -1 ? registry : registry.slice(0, colon);
}
function isLoopbackRegistry(registry) {
  const hostname2 = hostnameOf(registry).toLowerCase();
  return hostname2 === "localhost" || hostname2.endsWith(".localhost") || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname2) || hostname2 === "::1" || hostname2 === "0:0:0:0:0:0:0:1";
}

// src/registry/errors.ts
var RegistryError = class extends FlattenError {
  status;
  codes;
  registry;
  constructor(kind, message2, details) {
    super(kind, message2, { cause: details.cause, ...details.hint === void 0 ? {} : { hint: details.hint } });
    this.name = "RegistryError";
    this.status = details.status;
    this.codes = details.codes ?? [];
    this.registry = details.registry;
  }
  /** The first error code the registry sent, if any. */
  get code() {
    return this.codes[0];
  }
};
function diagnose(status, serverBody) {
  const body = redactSecrets(serverBody);
  const codes = [];
  const parts = [];
  try {
    const parsed = JSON.parse(body);
    const errors = parsed.errors;
    if (Array.isArray(errors)) {
      for (const entry of errors) {
        if (typeof entry !== "object" || entry === null) continue;
        const { code, message: message2 } = entry;
        if (typeof code === "string") codes.push(code);
        const text4 = [typeof code === "string" ? code : "", typeof message2 === "string" ? message2 : ""].filter((s) => s !== "").join(": ");
        if (text4 !== "") parts.push(text4);
      }
    }
  } catch {
  }
  const detail = parts.length > 0 ? ` ${oneLine(parts.join("; "), 200)}` : "";
  return { status, codes, summary: `${status}${detail}` };
}
var oneLine = (text4, max = 300) => {
  const flat = escapeControls(text4.replace(/\s+/g, " ").trim());
  return flat.length > max ? `${flat.slice(0, max)}\u2026` : flat;
};
function responseError(diagnostic, what, registry, hint) {
  const { status } = diagnostic;
  if (status === 401) {
    return new RegistryError("auth", `unauthorized: ${what} on ${registry} was refused (${diagnostic.summary})`, {
      status,
      codes: diagnostic.codes,
      registry,
      ...hint === void 0 ? {} : { hint }
    });
  }
  if (status === 403) {
    return new RegistryError("auth", `denied: ${what} on ${registry} was refused (${diagnostic.summary})`, {
      status,
      codes: diagnostic.codes,
      registry,
      ...hint === void 0 ? {} : { hint }
    });
  }
  const label = status === 404 ? "not found" : status === 429 ? "too many requests" : "failed";
  return new RegistryError("registry", `${label}: ${what} on ${registry} (${diagnostic.summary})`, {
    status,
    codes: diagnostic.codes,
    registry
  });
}
var EXPLAINED = {
  UND_ERR_CONNECT_TIMEOUT: "no connection within options.transport.timeoutMs",
  UND_ERR_HEADERS_TIMEOUT: "no answer within options.transport.timeoutMs",
  UND_ERR_BODY_TIMEOUT: "silent mid-transfer for options.transport.timeoutMs",
  ERR_TRANSFER_STALLED: "slower than options.transport.speedLimit.bytesPerSecond for options.transport.speedLimit.seconds"
};
var codeIn = (error) => {
  for (let current = error, depth = 0; current !== void 0 && current !== null && depth < 5; depth++) {
    const code = current.code;
    if (typeof code === "string") return code;
    current = current.cause;
  }
  return void 0;
};
var networkError = (what, registry, cause) => {
  const code = codeIn(cause);
  const explained = code === void 0 ? void 0 : EXPLAINED[code];
  const reason = code === void 0 ? oneLine(cause instanceof Error ? cause.message : String(cause), 120) : explained === void 0 ? code : `${code}: ${explained}`;
  return new RegistryError("registry", `network error: ${what} on ${registry} (${reason})`, { cause, registry });
};
var isAbort = (error, signal) => {
  signal?.throwIfAborted();
  return error.name === "AbortError";
};

// src/registry/token.ts
var DEFAULT_EXPIRES_S = 60;
var basicHeader = (username, password) => `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;
async function fetchToken(context, request) {
  const { registry, challenge, scopes, credential, what, signal } = request;
  if (challenge.realm === void 0) {
    throw new RegistryError("auth", `${registry} asked for a bearer token without a realm (${what})`, {});
  }
  let realm;
  try {
    realm = new URL(challenge.realm);
  } catch {
    throw new RegistryError("auth", `${registry} sent an invalid token realm (${what})`, {});
  }
  if (credential !== void 0 && realm.protocol !== "https:" && !isLoopbackRegistry(realm.host) && !isLoopbackRegistry(registry) && !context.isInsecure(registry)) {
    throw new RegistryError("auth", `${registry} asked for credentials over plain HTTP at ${realm.origin}; refusing to send them`, {
      hint: `declare ${registry} insecure if this is intended`
    });
  }
  const refreshToken = credential?.kind === "identity" ? request.refreshToken ?? credential.token : void 0;
  const requestToken = async (method) => {
    const url = new URL(realm);
    const headers = { accept: "application/json" };
    let body;
    if (method === "POST" && refreshToken !== void 0) {
      const form = new URLSearchParams({ grant_type: "refresh_token", refresh_token: refreshToken, client_id: context.userAgent });
      if (challenge.service !== void 0) form.set("service", challenge.service);
      if (scopes.length > 0) form.set("scope", scopes.join(" "));
      body = Buffer.from(form.toString());
      headers["content-type"] = "application/x-www-form-urlencoded";
    } else {
      if (challenge.service !== void 0) url.searchParams.set("service", challenge.service);
      for (const scope of scopes) url.searchParams.append("scope", scope);
      if (credential?.kind === "basic") headers.authorization = basicHeader(credential.username, credential.password);
      if (credential?.kind === "identity") headers.authorization = basicHeader(credential.username ?? "<token>", credential.token);
    }
    try {
      const response = await context.connections.request({
        method,
        url,
        headers,
        body,
        signal,
        insecureTls: context.isInsecure(registry) && realm.host === registry
      });
      return { status: response.status, body: await text(response.body) };
    } catch (error) {
      throw networkError(`token request for ${what}`, registry, error);
    }
  };
  let answer = await requestToken(refreshToken !== void 0 ? "POST" : "GET");
  if (refreshToken !== void 0 && (answer.status === 404 || answer.status === 405)) answer = await requestToken("GET");
  if (answer.status !== 200) {
    const diagnostic = diagnose(answer.status, answer.body);
    const kind = answer.status === 401 || answer.status === 403 ? "auth" : "registry";
    throw new RegistryError(kind, `unauthorized: token for ${what} on ${registry} was refused by ${realm.origin} (${diagnostic.summary})`, {
      status: answer.status,
      registry,
      codes: diagnostic.codes,
      ...credential === void 0 ? { hint: context.credentials?.searched(registry) } : {}
    });
  }
  return parseTokenAnswer(answer.body, registry, realm, scopes);
}
function parseTokenAnswer(body, registry, realm, scopes) {
  let parsed;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new RegistryError(
      "auth",
      `token realm ${realm.origin} for ${registry} answered with invalid JSON (${oneLine(body, 60).length} chars)`,
      {}
    );
  }
  const value = typeof parsed.token === "string" && parsed.token !== "" ? parsed.token : parsed.access_token;
  if (typeof value !== "string" || value === "") {
    throw new RegistryError("auth", `token realm ${realm.origin} for ${registry} answered without a token`, {});
  }
  holdSecret(value);
  let refreshToken;
  if (typeof parsed.refresh_token === "string" && parsed.refresh_token !== "") {
    holdSecret(parsed.refresh_token);
    refreshToken = parsed.refresh_token;
  }
  const expiresIn = typeof parsed.expires_in === "number" && parsed.expires_in > 0 ? parsed.expires_in : DEFAULT_EXPIRES_S;
  return { value, scopes, expiresAt: Date.now() + Math.max(1, expiresIn - 5) * 1e3, refreshToken };
}

// src/registry/auth.ts
var repositoryOfScopes = (scopes) => {
  const first = scopes.find((s) => s.startsWith("repository:"));
  return first?.slice("repository:".length, first.lastIndexOf(":"));
};
function createAuthorizer(options) {
  const states = /* @__PURE__ */ new Map();
  const stateOf = (registry) => {
    let state = states.get(registry);
    if (state === void 0) {
      state = { challenge: void 0, scopes: [], token: void 0, pending: void 0, refreshToken: void 0 };
      states.set(registry, state);
    }
    return state;
  };
  const credentialFor = async (registry, scopes) => {
    const credential = await options.credentials?.get(registry, repositoryOfScopes(scopes));
    holdCredential(credential);
    return credential;
  };
  return {
    setChallenge(registry, challenge) {
      stateOf(registry).challenge = challenge;
    },
    async header(registry, scopes, what, signal) {
      const state = stateOf(registry);
      const { challenge } = state;
      if (challenge === void 0) return void 0;
      const credential = await credentialFor(registry, scopes);
      if (credential?.kind === "registry-token") return `Bearer ${credential.token}`;
      if (challenge.scheme === "basic") {
        return credential?.kind === "basic" ? basicHeader(credential.username, credential.password) : void 0;
      }
      state.scopes = mergeScopes([...state.scopes, ...scopes]);
      for (; ; ) {
        const { token } = state;
        if (token !== void 0 && token.expiresAt > Date.now() && scopesCover(token.scopes, scopes)) return `Bearer ${token.value}`;
        if (state.pending === void 0) {
          const wanted = state.scopes;
          state.pending = fetchToken(options, {
            registry,
            challenge,
            scopes: wanted,
            credential,
            refreshToken: state.refreshToken,
            what,
            signal
          }).then((token2) => {
            if (token2.refreshToken !== void 0) state.refreshToken = token2.refreshToken;
            return token2;
          }).finally(() => {
            state.pending = void 0;
          });
          state.token = await state.pending;
          return `Bearer ${state.token.value}`;
        }
        await state.pending.catch(() => void 0);
      }
    },
    unauthorized(registry, challenge, scopes) {
      const state = stateOf(registry);
      if (challenge === void 0) return false;
      const previous = state.challenge;
      state.challenge = challenge;
      if (previous === void 0 || previous.scheme !== challenge.scheme) return true;
      if (challenge.scheme === "basic") return false;
      const before = state.scopes;
      const widened = mergeScopes([...before, ...scopes, ...challenge.scopes]);
      const hadToken = state.token !== void 0;
      state.scopes = widened;
      state.token = void 0;
      return hadToken || !scopesCover(before, widened);
    },
    hint(registry) {
      return options.credentials?.searched(registry);
    }
  };
}

// src/registry/blobs.ts
import { Buffer as Buffer2 } from "node:buffer";
import { pipeline as pipeline7, Readable as Readable4 } from "node:stream";
import { setTimeout as sleep2 } from "node:timers/promises";

// src/registry/http.ts
import { text as text3 } from "node:stream/consumers";

// src/registry/destination.ts
import { lookup as lookup2 } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
var FORBIDDEN = new BlockList();
FORBIDDEN.addSubnet("169.254.0.0", 16, "ipv4");
FORBIDDEN.addSubnet("0.0.0.0", 8, "ipv4");
FORBIDDEN.addSubnet("fe80::", 10, "ipv6");
FORBIDDEN.addAddress("fd00:ec2::254", "ipv6");
FORBIDDEN.addAddress("::", "ipv6");
function ipv6Groups(address) {
  let normalised;
  try {
    normalised = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  } catch {
    return void 0;
  }
  const [head2 = "", tail] = normalised.split("::");
  const parse = (part) => part === "" ? [] : part.split(":").map((group2) => Number.parseInt(group2, 16));
  const left = parse(head2);
  const right = tail === void 0 ? [] : parse(tail);
  const groups = tail === void 0 ? left : [...left, ...new Array(8 - left.length - right.length).fill(0), ...right];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 65535) ? groups : void 0;
}
var dotted = (high, low) => `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
function embeddedIpv4(address) {
  const g = ipv6Groups(address);
  if (g === void 0) return void 0;
  const [g0, g1, g2, g3, g4, g5, g6, g7] = g;
  const zeroTo = (n) => g.slice(0, n).every((x) => x === 0);
  if (zeroTo(5) && g5 === 65535) return dotted(g6, g7);
  if (zeroTo(6) && !(g6 === 0 && g7 <= 1)) return dotted(g6, g7);
  if (g0 === 100 && g1 === 65435 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return dotted(g6, g7);
  if (g0 === 100 && g1 === 65435 && g2 === 1) return dotted(g6, g7);
  if (g0 === 8194) return dotted(g1, g2);
  return void 0;
}
var isForbidden = (address, family) => {
  if (family !== 6) return FORBIDDEN.check(address, "ipv4");
  if (FORBIDDEN.check(address, "ipv6")) return true;
  const ipv4 = embeddedIpv4(address);
  return ipv4 !== void 0 && FORBIDDEN.check(ipv4, "ipv4");
};
async function forbiddenAddress(host) {
  const bare = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
  const literal = isIP(bare);
  let addresses;
  if (literal !== 0) addresses = [{ address: bare, family: literal }];
  else {
    try {
      addresses = await lookup2(bare, { all: true });
    } catch {
      return void 0;
    }
  }
  return addresses.find(({ address, family }) => isForbidden(address, family))?.address;
}
async function checkServerChosenUrl(url, what) {
  const address = await forbiddenAddress(url.hostname);
  if (address === void 0) return;
  const ipv4 = isIP(address) === 6 ? embeddedIpv4(address) : void 0;
  const shown2 = address === url.hostname.replace(/^\[|\]$/g, "") ? ipv4 === void 0 ? "" : ` (${ipv4})` : ` (${address}${ipv4 === void 0 ? "" : `, ${ipv4}`})`;
  throw new RegistryError("registry", `${what}: refused to follow the server to ${url.host}${shown2}, a link-local or metadata address`, {});
}

// src/registry/retry.ts
var DEFAULT_RETRY = {
  attempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 3e4,
  totalTimeMs: 12e4
};
var isRetryableStatus = (status) => status === 408 || status === 429 || status === 499 || status >= 500 && status <= 599 && status !== 501 && status !== 505;
var RETRYABLE_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "ERR_STREAM_PREMATURE_CLOSE",
  // below --speed-limit for --speed-time (speed-guard.ts)
  "ERR_TRANSFER_STALLED"
]);
function isRetryableError(error) {
  for (let current = error, depth = 0; current !== void 0 && current !== null && depth < 5; depth++) {
    const { code, name } = current;
    if (name === "AbortError") return false;
    if (typeof code === "string" && RETRYABLE_CODES.has(code)) return true;
    current = current.cause;
  }
  return false;
}
function parseRetryAfter(header, now = Date.now()) {
  if (header === void 0 || header.trim() === "") return void 0;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1e3;
  const date = Date.parse(header);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function backoffDelay(attempt, options, retryAfterMs, random = Math.random) {
  if (retryAfterMs !== void 0) return Math.min(retryAfterMs, options.maxDelayMs);
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + random() * ceiling / 2);
}

// src/registry/retry-wait.ts
import { setTimeout as sleep } from "node:timers/promises";
function createRetryWait(retry, stats) {
  return async (attempt, started, retryAfter, signal, attempts = retry.attempts) => {
    if (attempt >= attempts) return false;
    const delay = backoffDelay(attempt, retry, parseRetryAfter(retryAfter));
    if (Date.now() + delay - started > retry.totalTimeMs) return false;
    stats.retries++;
    await sleep(delay, void 0, signal === void 0 ? void 0 : { signal });
    return true;
  };
}

// src/registry/ping.ts
import { text as text2 } from "node:stream/consumers";
async function ping(context, registry, base, retries, signal, limitMs) {
  const { connections, authorizer, mayRetry } = context;
  const url = new URL("/v2/", base);
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    let response;
    try {
      response = await connections.request({
        method: "GET",
        url,
        headers: {},
        signal,
        insecureTls: context.isInsecure(registry),
        ...limitMs === void 0 ? {} : { timeoutMs: limitMs }
      });
    } catch (error) {
      if (!isAbort(error, signal) && retries && isRetryableError(error) && await mayRetry(attempt, started, void 0, signal)) continue;
      if (attempt > 1) throw Object.assign(new Error(`gave up after ${attempt} attempts`), { cause: error, attempts: attempt });
      throw error;
    }
    const body = await text2(response.body).catch(() => "");
    if (response.status === 200) {
      authorizer.setChallenge(registry, void 0);
      return;
    }
    if (response.status === 401) {
      authorizer.setChallenge(registry, parseChallenge(response.headers["www-authenticate"]));
      return;
    }
    if (retries && isRetryableStatus(response.status) && await mayRetry(attempt, started, response.headers["retry-after"], signal))
      continue;
    throw new RegistryError(
      "registry",
      `${registry} does not serve the registry API at ${url.origin}/v2/ (${diagnose(response.status, body).summary})`,
      {
        status: response.status
      }
    );
  }
}

// src/registry/scheme.ts
var PROBE_MS = 3e3;
var CERT_ERROR = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ALTNAME/;
var errorCode = (error) => codeIn(error) ?? "error";
var attemptsOf = (error) => {
  const attempts = error.attempts;
  return typeof attempts === "number" ? ` (gave up after ${attempts} attempts)` : "";
};
async function selectScheme(context, registry, signal) {
  const host = registryHost(registry);
  const insecure = context.isInsecure(registry);
  const https = new URL(`https://${host}/`);
  if (!insecure && !isLoopbackRegistry(registry)) {
    try {
      await ping(context, registry, https, true, signal);
    } catch (error) {
      if (error instanceof RegistryError || isAbort(error, signal)) throw error;
      const code = errorCode(error);
      throw new RegistryError("registry", `cannot reach ${registry} over HTTPS (${code})${attemptsOf(error)}`, {
        cause: error,
        ...CERT_ERROR.test(code) ? { hint: `trust its CA in /etc/docker/certs.d/${host}/ca.crt or NODE_EXTRA_CA_CERTS, or declare ${registry} insecure` } : {}
      });
    }
    return https;
  }
  const http = new URL(`http://${host}/`);
  const [first, second] = insecure ? [http, https] : [https, http];
  let probeError;
  try {
    await ping(context, registry, first, false, signal, Math.min(PROBE_MS, context.timeoutMs ?? PROBE_MS));
    return first;
  } catch (error) {
    if (isAbort(error, signal)) throw error;
    if (first === https && error instanceof RegistryError) throw error;
    const code = errorCode(error);
    if (first === https && CERT_ERROR.test(code) && !insecure) {
      throw new RegistryError("registry", `TLS certificate of ${registry} is not trusted (${code})`, {
        cause: error,
        hint: `trust its CA in /etc/docker/certs.d/${host}/ca.crt or NODE_EXTRA_CA_CERTS, or declare ${registry} insecure`
      });
    }
    probeError = error;
  }
  try {
    await ping(context, registry, second, true, signal);
  } catch (error) {
    if (isAbort(error, signal)) throw error;
    if (error instanceof RegistryError) throw error;
    if (probeError instanceof RegistryError) throw probeError;
    throw networkError(`connect${attemptsOf(error)}`, registry, error);
  }
  return second;
}

// src/registry/upload-sessions.ts
var UPLOAD_SESSION = /\/blobs\/uploads\/[^/]+$/;
function reportUploadSession(listener, registry, method, url, response) {
  const location = response.headers.location;
  if ((method === "POST" || method === "PATCH") && response.status === 202 && location !== void 0) {
    const session = new URL(location, url);
    if (UPLOAD_SESSION.test(session.pathname)) listener({ registry, location: session.href, open: true });
  } else if (UPLOAD_SESSION.test(url.pathname) && (method === "DELETE" || method === "PUT" && response.status < 300)) {
    listener({ registry, location: url.href, open: false });
  }
}

// src/registry/http.ts
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var MAX_REDIRECTS = 10;
var discard = (body) => {
  body.on("error", () => void 0);
  body.resume();
};
async function head(http, request) {
  const response = await http.send(request);
  discard(response.body);
  if (response.status === 404) return void 0;
  if (response.status !== 200) return http.fail(response, request);
  return response.headers;
}
function createHttp(options) {
  const { connections, authorizer, retry } = options;
  const stats = { retries: 0, redirects: 0, reauthentications: 0 };
  const bases = /* @__PURE__ */ new Map();
  const mayRetry = createRetryWait(retry, stats);
  const context = { ...options, mayRetry };
  const baseUrl = (registry, signal) => {
    let base = bases.get(registry);
    if (base === void 0) {
      base = selectScheme(context, registry, signal);
      bases.set(registry, base);
      base.catch(() => bases.delete(registry));
    }
    return base;
  };
  async function send(request) {
    const { registry, signal } = request;
    signal?.throwIfAborted();
    const base = await baseUrl(registry, signal);
    const replayable = request.once !== true && (request.body === void 0 || request.body instanceof Uint8Array);
    let url = typeof request.target === "string" ? new URL(request.target, base) : request.target;
    let method = request.method;
    let body = request.body;
    let authRetried = false;
    let redirects = 0;
    const started = Date.now();
    let sent = 0;
    for (let attempt = 1; ; ) {
      signal?.throwIfAborted();
      const sameOrigin = url.origin === base.origin;
      const headers = { ...request.headers };
      if (sameOrigin) {
        const authorization = await authorizer.header(registry, request.scopes, request.what, signal);
        if (authorization !== void 0) headers.authorization = authorization;
      }
      let response;
      sent++;
      try {
        response = await connections.request({
          method,
          url,
          headers,
          body,
          signal,
          insecureTls: sameOrigin && options.isInsecure(registry)
        });
      } catch (error) {
        if (isAbort(error, signal)) throw error;
        if (replayable && isRetryableError(error) && await mayRetry(attempt++, started, void 0, signal, request.attempts)) continue;
        throw networkError(`${request.what}${sent > 1 ? ` (gave up after ${sent} attempts)` : ""}`, registry, error);
      }
      const { status } = response;
      if (status === 401 && sameOrigin && !authRetried && replayable) {
        if (authorizer.unauthorized(registry, parseChallenge(response.headers["www-authenticate"]), request.scopes)) {
          discard(response.body);
          authRetried = true;
          stats.reauthentications++;
          continue;
        }
      }
      const location = response.headers.location;
      if (REDIRECTS.has(status) && location !== void 0 && (method === "GET" || method === "HEAD")) {
        discard(response.body);
        if (++redirects > MAX_REDIRECTS) {
          throw new RegistryError("registry", `too many redirects: ${request.what} on ${registry}`, { status });
        }
        stats.redirects++;
        url = new URL(location, url);
        if (url.origin !== base.origin) await checkServerChosenUrl(url, request.what);
        if (status === 303) {
          method = "GET";
          body = void 0;
        }
        continue;
      }
      if (isRetryableStatus(status) && replayable) {
        const retryAfter = response.headers["retry-after"];
        if (await mayRetry(attempt, started, retryAfter, signal, request.attempts)) {
          attempt++;
          discard(response.body);
          continue;
        }
      }
      if (options.onUploadSession !== void 0) reportUploadSession(options.onUploadSession, registry, method, url, response);
      return response;
    }
  }
  async function fail(response, request) {
    const body = await text3(response.body).catch(() => "");
    const diagnostic = diagnose(response.status, oneLine(body, 4e3));
    throw responseError(
      diagnostic,
      request.what,
      request.registry,
      response.status === 401 || response.status === 403 ? authorizer.hint(request.registry) : void 0
    );
  }
  return { retry, stats, baseUrl, send, fail };
}

// src/registry/verify.ts
import { createHash as createHash6 } from "node:crypto";
import { Transform as Transform9 } from "node:stream";
var sha256Digest2 = (bytes) => `sha256:${createHash6("sha256").update(bytes).digest("hex")}`;
var hasherFor = (digest) => {
  const algorithm = digest.slice(0, digest.indexOf(":"));
  if (algorithm !== "sha256" && algorithm !== "sha512") {
    throw contentError(`unsupported digest algorithm in ${digest}`);
  }
  return createHash6(algorithm);
};
var digestOf = (bytes, algorithmOf2) => `${algorithmOf2.slice(0, algorithmOf2.indexOf(":"))}:${hasherFor(algorithmOf2).update(bytes).digest("hex")}`;
function createVerifier(expected, what) {
  const hash = hasherFor(expected.digest);
  let seen = 0;
  return new Transform9({
    transform(chunk, _encoding, callback) {
      seen += chunk.length;
      if (seen > expected.size) {
        callback(contentError(`${what}: more than the expected ${expected.size} bytes for ${expected.digest}`));
        return;
      }
      hash.update(chunk);
      callback(null, chunk);
    },
    flush(callback) {
      if (seen !== expected.size) {
        callback(contentError(`${what}: got ${seen} bytes, expected ${expected.size} for ${expected.digest}`));
        return;
      }
      const actual = `${expected.digest.slice(0, expected.digest.indexOf(":"))}:${hash.digest("hex")}`;
      if (actual !== expected.digest) {
        callback(contentError(`${what}: digest mismatch, expected ${expected.digest}, got ${actual}`));
        return;
      }
      callback();
    }
  });
}

// src/registry/blobs.ts
async function headBlob(http, repo, digest, signal) {
  const headers = await head(http, {
    registry: repo.registry,
    method: "HEAD",
    target: `/v2/${repo.repository}/blobs/${digest}`,
    scopes: [repositoryScope(repo.repository, ["pull"])],
    what: `check blob ${digest} in ${repo.repository}`,
    signal
  });
  if (headers === void 0) return void 0;
  const length = headers["content-length"];
  return length === void 0 ? -1 : Number(length);
}
async function fetchBlob(http, repo, descriptor, stats, signal) {
  const what = `pull blob ${descriptor.digest} from ${repo.repository}`;
  const open4 = async (offset, resuming = false) => {
    const request = {
      // A resume is one attempt: resumableBlob counts them, so a silent server costs at most
      // retries + 1 waits of --timeout, not that number squared.
      ...resuming ? { attempts: 1 } : {},
      registry: repo.registry,
      method: "GET",
      target: `/v2/${repo.repository}/blobs/${descriptor.digest}`,
      headers: offset > 0 ? { range: `bytes=${offset}-` } : {},
      scopes: [repositoryScope(repo.repository, ["pull"])],
      what,
      signal
    };
    const response = await http.send(request);
    if (response.status === 200 || offset > 0 && response.status === 206) return response;
    return http.fail(response, request);
  };
  const first = await open4(0);
  return resumableBlob({
    descriptor,
    first,
    open: open4,
    what,
    where: repo.registry,
    verifying: `blob ${descriptor.digest} from ${repo.registry}/${repo.repository}`,
    retry: http.retry,
    onResume: () => {
      stats.resumes++;
      http.stats.retries++;
    },
    signal
  });
}
function resumableBlob(options) {
  const { descriptor, open: open4, what, where: where2, retry, signal } = options;
  let current = options.first;
  async function* chunks() {
    let delivered = 0;
    let skip = 0;
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      try {
        for await (const chunk of chunksOf(current.body)) {
          let piece = chunk;
          if (skip > 0) {
            const dropped = Math.min(skip, piece.length);
            skip -= dropped;
            piece = piece.subarray(dropped);
            if (piece.length === 0) continue;
          }
          delivered += piece.length;
          yield piece;
        }
        return;
      } catch (error) {
        current.body.destroy();
        signal?.throwIfAborted();
        let failure = error;
        for (; ; ) {
          if (failure instanceof FlattenError && !isRetryableError(failure)) throw failure;
          if (!isRetryableError(failure)) throw networkError(what, where2, failure);
          const delay = backoffDelay(attempt, retry);
          if (attempt >= retry.attempts || Date.now() + delay - started > retry.totalTimeMs) {
            throw networkError(`${what} (gave up after ${attempt} attempts)`, where2, failure);
          }
          options.onResume();
          await sleep2(delay, void 0, signal === void 0 ? void 0 : { signal });
          try {
            current = await open4(delivered, true);
            break;
          } catch (reopenError) {
            signal?.throwIfAborted();
            failure = reopenError;
            attempt++;
          }
        }
        if (current.status === 206) {
          const start = /^bytes (\d+)-/.exec(current.headers["content-range"] ?? "")?.[1];
          if (start !== void 0 && Number(start) !== delivered) {
            current.body.destroy();
            throw networkError(`${what} (resumed at byte ${start}, expected ${delivered})`, where2, error);
          }
        } else {
          skip = delivered;
        }
      }
    }
  }
  const source = Readable4.from(chunks(), { objectMode: false });
  const verifier = createVerifier(descriptor, options.verifying);
  pipeline7(source, verifier, () => {
    current.body.destroy();
  });
  return verifier;
}
async function fetchBlobBytes(http, repo, descriptor, stats, signal) {
  const stream = await fetchBlob(http, repo, descriptor, stats, signal);
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer2.concat(chunks);
}

// src/registry/connection.ts
import { readdir, readFile } from "node:fs/promises";
import { join as join3 } from "node:path";
import { getCACertificates, rootCertificates } from "node:tls";

// src/registry/speed-guard.ts
import { pipeline as pipeline8, Transform as Transform10 } from "node:stream";
var DEFAULT_SPEED_LIMIT = { bytesPerSecond: 1024, seconds: 30 };
var TransferStalledError = class extends Error {
  code = "ERR_TRANSFER_STALLED";
  constructor(limit) {
    super(`transfer slower than ${limit.bytesPerSecond} bytes/s for ${limit.seconds} s`);
    this.name = "TransferStalledError";
  }
};
function guardSpeed(body, limit) {
  if (limit === void 0 || limit.bytesPerSecond <= 0) return body;
  const windowMs = limit.seconds * 1e3;
  const tickMs = Math.min(1e3, Math.max(50, windowMs / 4));
  let bytes = 0;
  let lastTick = performance.now();
  let slowSince;
  const counter = new Transform10({
    transform(chunk, _encoding, done) {
      bytes += chunk.length;
      done(null, chunk);
    }
  });
  const timer = setInterval(() => {
    const now = performance.now();
    const rate = bytes * 1e3 / (now - lastTick);
    const readerBehind = counter.readableLength >= counter.readableHighWaterMark;
    bytes = 0;
    if (rate >= limit.bytesPerSecond || readerBehind) slowSince = void 0;
    else {
      slowSince ??= lastTick;
      if (now - slowSince >= windowMs) counter.destroy(new TransferStalledError(limit));
    }
    lastTick = now;
  }, tickMs);
  timer.unref();
  const stop = () => clearInterval(timer);
  counter.once("close", stop);
  pipeline8(body, counter, (error) => {
    stop();
    if (error !== void 0 && error !== null && !counter.destroyed) counter.destroy(error);
  });
  return counter;
}

// src/registry/connection.ts
var SAFE_PARAMS = /* @__PURE__ */ new Set(["digest", "mount", "from", "n", "last", "service", "scope"]);
function redactUrl(url) {
  if (url.search === "") return `${url.origin}${url.pathname}`;
  const params = [...url.searchParams].map(([k, v]) => `${k}=${SAFE_PARAMS.has(k) ? v : "\u2026"}`);
  return `${url.origin}${url.pathname}?${params.join("&")}`;
}
var defaultCAs = () => {
  try {
    return getCACertificates("default");
  } catch {
    return [...rootCertificates];
  }
};
async function certsDirTls(directory) {
  let names;
  try {
    names = await readdir(directory);
  } catch {
    return { ca: [] };
  }
  const ca = await Promise.all(
    names.filter((n) => n.endsWith(".crt")).sort().map((n) => readFile(join3(directory, n), "utf8"))
  );
  const certName = names.find((n) => n.endsWith(".cert"));
  const keyName = certName === void 0 ? void 0 : `${certName.slice(0, -".cert".length)}.key`;
  if (certName !== void 0 && keyName !== void 0 && names.includes(keyName)) {
    return { ca, cert: await readFile(join3(directory, certName), "utf8"), key: await readFile(join3(directory, keyName), "utf8") };
  }
  return { ca };
}
var flattenHeaders = (headers) => {
  const out = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  return out;
};
var undici;
var loadUndici = () => undici ??= Promise.all([Promise.resolve().then(() => __toESM(require_agent(), 1)), Promise.resolve().then(() => __toESM(require_api_request(), 1))]).then(([agent, request]) => ({
  Agent: agent.default,
  request: request.default
}));
function createConnections(options) {
  const agents = /* @__PURE__ */ new Map();
  const agentFor = (url, insecureTls, timeoutMs = options.timeoutMs) => {
    const key2 = `${url.protocol}//${url.host}${insecureTls ? " insecure" : ""}${timeoutMs === options.timeoutMs ? "" : ` ${timeoutMs}ms`}`;
    let agent = agents.get(key2);
    if (agent === void 0) {
      agent = (async () => {
        const tls = url.protocol === "https:" ? await certsDirTls(join3(options.certsDirectory, url.host)) : { ca: [] };
        const { Agent } = await loadUndici();
        return new Agent({
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
          connect: {
            timeout: timeoutMs,
            rejectUnauthorized: !insecureTls,
            ...tls.ca.length > 0 ? { ca: [...defaultCAs(), ...tls.ca] } : {},
            ...tls.cert !== void 0 ? { cert: tls.cert, key: tls.key } : {}
          }
        });
      })();
      agents.set(key2, agent);
    }
    return agent;
  };
  return {
    async request(request) {
      const agent = await agentFor(request.url, request.insecureTls === true, request.timeoutMs);
      const started = Date.now();
      let response;
      try {
        response = await (await loadUndici()).request.call(agent, {
          origin: request.url.origin,
          path: `${request.url.pathname}${request.url.search}`,
          method: request.method,
          headers: { "user-agent": options.userAgent, ...request.headers },
          body: request.body ?? null,
          signal: request.signal ?? null
        });
      } catch (error) {
        const code = error.code;
        options.onLog?.(`${request.method} ${redactUrl(request.url)} failed: ${typeof code === "string" ? code : "error"}`);
        throw error;
      }
      options.onLog?.(`${request.method} ${redactUrl(request.url)} ${response.statusCode} (${Date.now() - started} ms)`);
      return {
        status: response.statusCode,
        headers: flattenHeaders(response.headers),
        body: guardSpeed(response.body, options.speedLimit),
        url: request.url
      };
    },
    async close() {
      const all = await Promise.allSettled([...agents.values()]);
      agents.clear();
      await Promise.all(all.map((a) => a.status === "fulfilled" ? a.value.close() : void 0));
    }
  };
}

// src/registry/external.ts
var REDIRECTS2 = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var MAX_REDIRECTS2 = 10;
function descriptorUrls(descriptor) {
  const urls = descriptor.urls;
  return Array.isArray(urls) ? urls.filter((url) => typeof url === "string") : [];
}
var codeOf = (error) => {
  for (let current = error, depth = 0; current !== void 0 && current !== null && depth < 5; depth++) {
    const code = current.code;
    if (typeof code === "string") return code;
    current = current.cause;
  }
  return error instanceof Error ? error.message : "error";
};
async function fetchFromUrls(descriptor, options) {
  const { connections, signal } = options;
  const tried = [];
  const get = async (start, offset) => {
    let url = start;
    for (let redirects = 0; ; redirects++) {
      await checkServerChosenUrl(url, `fetch layer ${descriptor.digest}`);
      const response = await connections.request({
        method: "GET",
        url,
        headers: offset > 0 ? { range: `bytes=${offset}-` } : {},
        signal
      });
      const location = response.headers.location;
      if (!REDIRECTS2.has(response.status) || location === void 0) return response;
      discard(response.body);
      if (redirects >= MAX_REDIRECTS2) throw Object.assign(new Error("too many redirects"), { code: "too many redirects" });
      url = new URL(location, url);
      if (url.protocol !== "http:" && url.protocol !== "https:") {
        throw Object.assign(new Error("redirect to an unsupported scheme"), { code: `redirect to ${url.protocol}` });
      }
    }
  };
  for (const text4 of descriptorUrls(descriptor)) {
    let url;
    try {
      url = new URL(text4);
    } catch {
      tried.push(`${JSON.stringify(text4.slice(0, 100))} (not a URL)`);
      continue;
    }
    const shown2 = redactUrl(url);
    if (url.protocol !== "http:" && url.protocol !== "https:" || url.username !== "" || url.password !== "") {
      tried.push(`${url.protocol}//${url.host}\u2026 (only plain http and https URLs are fetched)`);
      continue;
    }
    let first;
    try {
      first = await get(url, 0);
    } catch (error) {
      signal?.throwIfAborted();
      tried.push(`${shown2} (${codeOf(error)})`);
      continue;
    }
    if (first.status !== 200) {
      discard(first.body);
      tried.push(`${shown2} (${first.status})`);
      continue;
    }
    const what = `fetch layer ${descriptor.digest} from ${shown2}`;
    return resumableBlob({
      descriptor,
      first,
      open: async (offset) => {
        const response = await get(url, offset);
        if (response.status === 200 || offset > 0 && response.status === 206) return response;
        discard(response.body);
        throw new FlattenError("registry", `${what}: resuming the download got status ${response.status}`);
      },
      what,
      where: url.host,
      verifying: `layer ${descriptor.digest} from ${shown2}`,
      retry: options.retry,
      onResume: options.onResume,
      signal
    });
  }
  throw new FlattenError(
    "registry",
    tried.length === 0 ? `layer ${descriptor.digest} is not in ${options.missingFrom} (${options.registryAnswer}) and its descriptor lists no usable urls` : `layer ${descriptor.digest} is not in ${options.missingFrom} (${options.registryAnswer}) and none of its urls could be fetched: ${tried.join(", ")}`
  );
}

// src/registry/manifests.ts
import { Buffer as Buffer3 } from "node:buffer";
var MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
var isDigest = (reference) => reference.includes(":");
var mediaTypeOf = (contentType) => contentType?.split(";")[0]?.trim() || void 0;
var readLimited = async (body, limit, what) => {
  const chunks = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > limit) throw contentError(`${what}: manifest is larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer3.concat(chunks);
};
async function fetchManifest(http, repo, reference, signal) {
  const name = `${repo.repository}${isDigest(reference) ? "@" : ":"}${reference}`;
  const what = `pull manifest ${name}`;
  const request = {
    registry: repo.registry,
    method: "GET",
    target: `/v2/${repo.repository}/manifests/${reference}`,
    headers: { accept: MANIFEST_ACCEPT.join(", ") },
    scopes: [repositoryScope(repo.repository, ["pull"])],
    what,
    signal
  };
  const response = await http.send(request);
  if (response.status !== 200) return http.fail(response, request);
  const bytes = await readLimited(response.body, MAX_MANIFEST_BYTES, `${what} on ${repo.registry}`);
  const where2 = `manifest ${name} on ${repo.registry}`;
  let digest = sha256Digest2(bytes);
  if (isDigest(reference)) {
    const actual = digestOf(bytes, reference);
    if (actual !== reference) throw contentError(`${where2}: digest mismatch, got ${actual}`);
    digest = reference;
  }
  const claimed = response.headers["docker-content-digest"];
  if (claimed !== void 0 && digestProblem(claimed) === void 0 && digestOf(bytes, claimed) !== claimed) {
    throw contentError(`${where2}: bytes do not match Docker-Content-Digest ${claimed}`);
  }
  let mediaType = mediaTypeOf(response.headers["content-type"]);
  if (mediaType === void 0 || !MANIFEST_ACCEPT.includes(mediaType)) {
    try {
      const field2 = JSON.parse(Buffer3.from(bytes).toString("utf8")).mediaType;
      if (typeof field2 === "string") mediaType = field2;
    } catch {
      throw contentError(`${where2}: not JSON (Content-Type ${mediaType ?? "missing"})`);
    }
  }
  if (mediaType === void 0) throw contentError(`${where2}: no media type in Content-Type or the manifest`);
  return { bytes, mediaType, digest };
}
async function headManifest(http, repo, reference, signal) {
  const headers = await head(http, {
    registry: repo.registry,
    method: "HEAD",
    target: `/v2/${repo.repository}/manifests/${reference}`,
    headers: { accept: MANIFEST_ACCEPT.join(", ") },
    scopes: [repositoryScope(repo.repository, ["pull"])],
    what: `check manifest ${repo.repository}${isDigest(reference) ? "@" : ":"}${reference}`,
    signal
  });
  if (headers === void 0) return void 0;
  const length = headers["content-length"];
  return {
    digest: headers["docker-content-digest"],
    mediaType: mediaTypeOf(headers["content-type"]),
    size: length === void 0 ? void 0 : Number(length)
  };
}
async function storeManifest(http, repo, reference, manifest, signal) {
  const request = {
    registry: repo.registry,
    method: "PUT",
    target: `/v2/${repo.repository}/manifests/${reference}`,
    headers: { "content-type": manifest.mediaType },
    body: manifest.bytes,
    scopes: [repositoryScope(repo.repository, ["push", "pull"])],
    what: `push manifest ${manifest.digest} to ${repo.repository}${isDigest(reference) ? "" : `:${reference}`}`,
    signal
  };
  const response = await http.send(request);
  if (response.status !== 201 && response.status !== 200 && response.status !== 202) return http.fail(response, request);
  discard(response.body);
  const stored = response.headers["docker-content-digest"];
  if (stored !== void 0 && stored !== manifest.digest && stored.startsWith("sha256:") && manifest.digest.startsWith("sha256:")) {
    throw new RegistryError("registry", `${repo.registry} stored manifest ${manifest.digest} for ${repo.repository} as ${stored}`, {});
  }
}

// src/registry/referrers.ts
import { Buffer as Buffer6 } from "node:buffer";

// src/referrers/referrers-index.ts
import { Buffer as Buffer5 } from "node:buffer";

// src/referrers/classify.ts
import { Buffer as Buffer4 } from "node:buffer";

// src/referrers/artifact-types.ts
var ArtifactMediaType = {
  empty: "application/vnd.oci.empty.v1+json",
  inToto: "application/vnd.in-toto+json",
  dsse: "application/vnd.dsse.envelope.v1+json",
  cosignSimpleSigning: "application/vnd.dev.cosign.simplesigning.v1+json",
  cosignSignatureArtifact: "application/vnd.dev.cosign.artifact.sig.v1+json",
  sigstoreBundlePrefix: "application/vnd.dev.sigstore.bundle",
  notarySignature: "application/vnd.cncf.notary.signature",
  spdxJson: "application/spdx+json",
  spdxText: "text/spdx",
  cyclonedxJson: "application/vnd.cyclonedx+json",
  cyclonedxXml: "application/vnd.cyclonedx+xml",
  cyclonedx: "application/vnd.cyclonedx"
};
var EMPTY_DESCRIPTOR = Object.freeze({
  mediaType: ArtifactMediaType.empty,
  digest: "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
  size: 2,
  data: "e30="
});
var COSIGN_SIGNATURE_ANNOTATION = "dev.cosignproject.cosign/signature";
var IN_TOTO_PREDICATE_ANNOTATION = "in-toto.io/predicate-type";
var BUILDX_REFERENCE_TYPE = "vnd.docker.reference.type";
var BUILDX_REFERENCE_DIGEST = "vnd.docker.reference.digest";
var BUILDX_ATTESTATION = "attestation-manifest";
var isInTotoStatementType = (type) => typeof type === "string" && type.startsWith("https://in-toto.io/Statement/");
var isSbomMediaType = (mediaType) => mediaType !== void 0 && (/spdx/i.test(mediaType) || /cyclonedx/i.test(mediaType));
var isSbomPredicate = (predicateType) => predicateType !== void 0 && (/spdx/i.test(predicateType) || /cyclonedx/i.test(predicateType));

// src/referrers/classify.ts
var layersOf = (manifest) => (Array.isArray(manifest.layers) ? manifest.layers : []).flatMap((layer) => {
  if (typeof layer !== "object" || layer === null) return [];
  const { mediaType, digest, annotations } = layer;
  if (typeof mediaType !== "string" || typeof digest !== "string") return [];
  return [
    {
      mediaType,
      digest,
      annotations: typeof annotations === "object" && annotations !== null ? annotations : {}
    }
  ];
});
function artifactTypeOf(manifest) {
  if (typeof manifest.artifactType === "string" && manifest.artifactType !== "") return manifest.artifactType;
  if (typeof manifest.config?.mediaType === "string") return manifest.config.mediaType;
  return typeof manifest.mediaType === "string" ? manifest.mediaType : "unknown";
}
var dsseIsSigned = (envelope) => {
  const signatures = envelope?.signatures;
  return Array.isArray(signatures) && signatures.some((s) => typeof s?.sig === "string" && s.sig !== "");
};
function predicateOf(layer, json) {
  const annotated = layer.annotations[IN_TOTO_PREDICATE_ANNOTATION];
  if (annotated !== void 0) return annotated;
  const statement = json;
  return isInTotoStatementType(statement?._type) && typeof statement?.predicateType === "string" ? statement.predicateType : void 0;
}
function dssePayload(envelope) {
  const { payload, payloadType } = envelope ?? {};
  if (typeof payload !== "string" || payloadType !== ArtifactMediaType.inToto) return void 0;
  try {
    return JSON.parse(Buffer4.from(payload, "base64").toString("utf8"));
  } catch {
    return void 0;
  }
}
function classifyArtifact(manifest, origin, layerJson) {
  const artifactType = artifactTypeOf(manifest);
  const layers = layersOf(manifest);
  const result = (kind, what) => ({ kind, artifactType, what });
  const types = [artifactType, ...layers.map((l) => l.mediaType)];
  if (types.includes(ArtifactMediaType.notarySignature)) return result("signature", "Notary v2 signature");
  if (types.some((t) => t.startsWith(ArtifactMediaType.sigstoreBundlePrefix))) return result("signed-attestation", "sigstore bundle");
  const dsse = layers.filter((l) => l.mediaType === ArtifactMediaType.dsse);
  if (dsse.length > 0) {
    const signed = dsse.some((l) => (l.annotations[COSIGN_SIGNATURE_ANNOTATION] ?? "") !== "" || dsseIsSigned(layerJson.get(l.digest)));
    if (signed || origin.kind === "cosign-tag" && origin.tag.endsWith(".att")) {
      return result("signed-attestation", "signed DSSE attestation (cosign attest)");
    }
    const predicates = dsse.map((l) => predicateOf(l, dssePayload(layerJson.get(l.digest)))).filter((p) => p !== void 0);
    return predicates.some(isSbomPredicate) ? result("sbom", `unsigned in-toto SBOM statement (${predicates.join(", ")})`) : result("attestation", `unsigned DSSE attestation (${predicates.join(", ") || "unknown predicate"})`);
  }
  if (artifactType === ArtifactMediaType.cosignSignatureArtifact || layers.some((l) => l.mediaType === ArtifactMediaType.cosignSimpleSigning || l.annotations[COSIGN_SIGNATURE_ANNOTATION] !== void 0) || origin.kind === "cosign-tag" && origin.tag.endsWith(".sig")) {
    return result("signature", "cosign signature");
  }
  const inToto = layers.filter((l) => l.mediaType === ArtifactMediaType.inToto);
  if (inToto.length > 0) {
    const predicates = inToto.map((l) => predicateOf(l, layerJson.get(l.digest)) ?? "unknown predicate");
    const label = origin.kind === "buildx" ? "buildx attestation manifest" : "in-toto attestation";
    if (origin.kind !== "buildx" && predicates.every(isSbomPredicate))
      return result("sbom", `in-toto SBOM statement (${predicates.join(", ")})`);
    return result("attestation", `${label} (${predicates.join(", ")})`);
  }
  if (isSbomMediaType(artifactType) || layers.some((l) => isSbomMediaType(l.mediaType))) {
    const spdx = types.some((t) => /spdx/i.test(t));
    return result("sbom", spdx ? "SPDX document" : "CycloneDX document");
  }
  return result("unknown", `artifact of type ${artifactType}`);
}
var SIGN_HINT = "sign the result: cosign sign, notation sign, or options.signKey";
function decide(classification, mode) {
  const { kind, what } = classification;
  if (mode === "none") return { action: "dropped", reason: `${what}: options.referrers none` };
  switch (kind) {
    case "signature":
    case "signed-attestation":
      return { action: "dropped", reason: `${what} over the source digest would not verify against the flattened image; ${SIGN_HINT}` };
    case "sbom":
      return { action: "carried", reason: `${what}: the flattened filesystem is the source's, so it stays true; re-pointed` };
    case "attestation":
      return { action: "carried", reason: `${what}: unsigned; re-pointed to the flattened image` };
    case "unknown":
      return mode === "all" ? { action: "carried", reason: `${what}: re-pointed (options.referrers all)` } : { action: "dropped", reason: `${what} is not a known SBOM or attestation; options.referrers all carries it` };
  }
}

// src/referrers/referrers-index.ts
var tagSchemaTag = (digest) => digest.replace(":", "-").slice(0, 128);
function referrerDescriptor(manifest) {
  const parsed = JSON.parse(Buffer5.from(manifest.bytes).toString("utf8"));
  const descriptor = {
    mediaType: manifest.mediaType,
    digest: manifest.digest,
    size: manifest.bytes.byteLength,
    artifactType: artifactTypeOf(parsed)
  };
  if (parsed.annotations !== void 0 && Object.keys(parsed.annotations).length > 0) descriptor.annotations = parsed.annotations;
  return descriptor;
}
function parseReferrersList(bytes, where2, artifactType) {
  let json;
  try {
    json = JSON.parse(Buffer5.from(bytes).toString("utf8"));
  } catch {
    throw new Error(`${where2}: the referrers list is not JSON`);
  }
  const manifests = json?.manifests;
  if (!Array.isArray(manifests)) throw new Error(`${where2}: the referrers list is not an image index`);
  return manifests.filter(
    (d) => typeof d === "object" && d !== null && typeof d.digest === "string" && typeof d.mediaType === "string" && typeof d.size === "number" && (artifactType === void 0 || d.artifactType === artifactType)
  );
}
function withReferrer(current, added, where2) {
  const existing = current === void 0 ? [] : parseReferrersList(current, where2);
  if (existing.some((d) => d.digest === added.digest)) return void 0;
  const base = current === void 0 ? {} : JSON.parse(Buffer5.from(current).toString("utf8"));
  return encodeJson(
    { ...base, schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [...base.manifests ?? [], added] },
    MediaType.ociIndex
  );
}

// src/registry/referrers.ts
var MAX_PAGES2 = 64;
var MAX_PAGE_BYTES = 16 * 1024 * 1024;
async function readPage(body, where2) {
  const chunks = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > MAX_PAGE_BYTES) throw contentError(`${where2}: a page of the referrers list is larger than ${MAX_PAGE_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer6.concat(chunks);
}
function nextLink(header) {
  if (header === void 0) return void 0;
  for (const part of header.split(",")) {
    const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (match !== null && /(^|;)\s*rel\s*=\s*"?next"?\s*(;|$)/i.test(match[2] ?? "")) return match[1];
  }
  return void 0;
}
async function fetchOptionalManifest(http, repo, tag, signal) {
  try {
    return await fetchManifest(http, repo, tag, signal);
  } catch (error) {
    if (error instanceof RegistryError && error.status === 404) return void 0;
    throw error;
  }
}
async function listReferrers(http, repo, digest, options = {}) {
  const query = options.artifactType === void 0 ? "" : `?artifactType=${encodeURIComponent(options.artifactType)}`;
  let target = `/v2/${repo.repository}/referrers/${digest}${query}`;
  const descriptors = [];
  const where2 = `referrers of ${repo.repository}@${digest} on ${repo.registry}`;
  for (let page = 0; page < MAX_PAGES2; page++) {
    const request = {
      registry: repo.registry,
      method: "GET",
      target,
      headers: { accept: MediaType.ociIndex },
      scopes: [repositoryScope(repo.repository, ["pull"])],
      what: `list referrers of ${repo.repository}@${digest}`,
      signal: options.signal
    };
    const response = await http.send(request);
    if (response.status === 404 && page === 0) {
      discard(response.body);
      const index = await fetchOptionalManifest(http, repo, tagSchemaTag(digest), options.signal);
      return { descriptors: index === void 0 ? [] : parseReferrersList(index.bytes, where2, options.artifactType), via: "tag-schema" };
    }
    if (response.status !== 200) return http.fail(response, request);
    const body = await readPage(response.body, where2);
    try {
      descriptors.push(...parseReferrersList(body, where2, options.artifactType));
    } catch (error) {
      throw contentError(error.message);
    }
    const next = nextLink(response.headers.link);
    if (next === void 0) break;
    const url = new URL(next, response.url);
    if (url.origin !== response.url.origin) {
      throw contentError(`${where2}: the next page is on another host (${url.origin}); not followed`);
    }
    target = url;
  }
  const seen = /* @__PURE__ */ new Set();
  return { descriptors: descriptors.filter((d) => !seen.has(d.digest) && seen.add(d.digest) !== void 0), via: "api" };
}
async function putReferrer(http, repo, manifest, subject, signal) {
  const request = {
    registry: repo.registry,
    method: "PUT",
    target: `/v2/${repo.repository}/manifests/${manifest.digest}`,
    headers: { "content-type": manifest.mediaType },
    body: manifest.bytes,
    scopes: [repositoryScope(repo.repository, ["push", "pull"])],
    what: `push referrer ${manifest.digest} to ${repo.repository}`,
    signal
  };
  const response = await http.send(request);
  if (response.status !== 201 && response.status !== 200 && response.status !== 202) return http.fail(response, request);
  discard(response.body);
  if (response.headers["oci-subject"] === subject.digest) return "api";
  const tag = tagSchemaTag(subject.digest);
  const where2 = `${repo.registry}/${repo.repository}:${tag}`;
  const current = await fetchOptionalManifest(http, repo, tag, signal);
  let next;
  try {
    next = withReferrer(current?.bytes, referrerDescriptor(manifest), where2);
  } catch (error) {
    throw contentError(error.message);
  }
  if (next === void 0) return "tag-schema";
  const put = {
    ...request,
    target: `/v2/${repo.repository}/manifests/${tag}`,
    headers: { "content-type": next.mediaType },
    body: next.bytes,
    what: `update the referrers index ${tag} of ${repo.repository}`
  };
  const answer = await http.send(put);
  if (answer.status !== 201 && answer.status !== 200 && answer.status !== 202) return http.fail(answer, put);
  discard(answer.body);
  return "tag-schema";
}
async function legacyCosignArtifacts(http, repo, digest, signal, onProblem) {
  const found = [];
  for (const suffix of ["sig", "att", "sbom"]) {
    const tag = `${tagSchemaTag(digest)}.${suffix}`;
    try {
      const manifest = await fetchOptionalManifest(http, repo, tag, signal);
      if (manifest !== void 0) found.push({ tag, manifest });
    } catch (error) {
      signal?.throwIfAborted();
      onProblem?.(`cosign's tag ${repo.repository}:${tag} could not be read (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return found;
}

// src/registry/upload/plan.ts
var DEFAULT_UPLOAD = { strategy: "auto", chunkSize: 4 * 1024 * 1024 };
function uploadPlan(settings) {
  switch (settings.strategy) {
    case "auto":
      return ["monolithic", "chunked"];
    case "streamed":
      return ["streamed", "chunked"];
    case "monolithic":
      return ["monolithic"];
    case "chunked":
      return ["chunked"];
  }
}
var streamsWhileProducing = (settings) => settings.strategy === "auto" || settings.strategy === "streamed";
var refusesStrategy = (status) => status === 413 || status === 416 || status === 405 || status === 411 || status === 501;
var StrategyRefused = class extends Error {
  response;
  request;
  constructor(response, request) {
    super(`strategy refused with ${response.status}`);
    this.response = response;
    this.request = request;
  }
};

// src/registry/upload/session.ts
var locationOf = (response, what, registry) => {
  const header = response.headers.location;
  if (header === void 0)
    throw new RegistryError("registry", `${registry} sent no upload Location (${what})`, { status: response.status });
  return new URL(header, response.url);
};
var withDigest = (location, digest) => {
  const url = new URL(location);
  url.searchParams.set("digest", digest);
  return url;
};
function sessionOps(http, repo, what, mountFrom, signal) {
  const pushScope = repositoryScope(repo.repository, ["push", "pull"]);
  const base = {
    registry: repo.registry,
    scopes: mountFrom === void 0 ? [pushScope] : [pushScope, repositoryScope(mountFrom, ["pull"])],
    what,
    signal
  };
  const exhausted = /* @__PURE__ */ new WeakSet();
  const resendable = (request2) => request2.body === void 0 || request2.body instanceof Uint8Array;
  const settle = (error, request2) => {
    if (resendable(request2) && typeof error === "object" && error !== null) exhausted.add(error);
    throw error;
  };
  const request = async (req) => http.send(req).catch((error) => settle(error, req));
  const fail = async (response, req) => http.fail(response, req).catch((error) => settle(error, req));
  const post = async (query) => {
    const target = `/v2/${repo.repository}/blobs/uploads/${query}`;
    const req = { ...base, method: "POST", target, headers: { "content-length": "0" }, body: new Uint8Array(0) };
    return { response: await request(req), request: req };
  };
  const opened = (response) => {
    discard(response.body);
    const min = Number(response.headers["oci-chunk-min-length"] ?? 0);
    return { location: locationOf(response, what, repo.registry), minChunk: Number.isFinite(min) && min > 0 ? min : 0 };
  };
  return {
    http,
    repository: repo.repository,
    base,
    what,
    exhausted,
    request,
    fail,
    async send(req, ok) {
      const response = await request(req);
      if (ok.includes(response.status)) return response;
      if (refusesStrategy(response.status)) throw new StrategyRefused(response, req);
      return fail(response, req);
    },
    post,
    opened,
    async startSession() {
      const { response, request: sent } = await post("");
      if (response.status === 202) return opened(response);
      return fail(response, sent);
    },
    async finish(session, digest) {
      const put = {
        ...base,
        method: "PUT",
        target: withDigest(session.location, digest),
        headers: { "content-length": "0" },
        body: new Uint8Array(0)
      };
      const response = await request(put);
      if (response.status !== 201 && response.status !== 204) return fail(response, put);
      discard(response.body);
    },
    /** Best effort, once and briefly: a session left open holds storage on the registry until it expires. */
    async cancel(session) {
      try {
        const response = await http.send({
          ...base,
          signal: AbortSignal.timeout(5e3),
          method: "DELETE",
          target: session.location,
          once: true
        });
        discard(response.body);
      } catch {
      }
    }
  };
}
async function checkPushAccess(http, repo, signal) {
  const ops = sessionOps(http, repo, `push to ${repo.repository}`, void 0, signal);
  await ops.cancel(await ops.startSession());
}

// src/registry/upload/stats.ts
function counted(source, stats) {
  let previous = 0;
  return metered(source, (total) => {
    stats.bytesSent += total - previous;
    previous = total;
  });
}

// src/registry/upload/streamed.ts
async function patchStream(ops, session, body) {
  const response = await ops.send(
    { ...ops.base, method: "PATCH", target: session.location, headers: { "content-type": "application/octet-stream" }, body },
    [202, 201, 204]
  );
  discard(response.body);
  if (response.headers.location !== void 0) session.location = locationOf(response, ops.what, ops.base.registry);
}
var uploadStreamed = async (ops, session, blob) => {
  await patchStream(ops, session, counted(await blob.open(), blob.stats));
  await ops.finish(session, blob.descriptor.digest);
};

// src/registry/upload/stream-blob.ts
async function streamBlob(http, repo, open4, final, options) {
  const { signal } = options;
  final.catch(() => void 0);
  const ops = sessionOps(http, repo, `push a layer to ${repo.repository} while it is produced`, void 0, signal);
  let session;
  let source;
  let exhausted = false;
  try {
    session = await ops.startSession();
    source = open4();
    await patchStream(ops, session, counted(source, options.stats));
    const descriptor = await final;
    if (await headBlob(http, repo, descriptor.digest, signal) !== void 0) {
      await ops.cancel(session);
      return { outcome: "existed" };
    }
    const named = sessionOps(http, repo, `push blob ${descriptor.digest} to ${repo.repository}`, void 0, signal);
    try {
      await named.finish(session, descriptor.digest);
    } catch (error) {
      if (named.exhausted.has(error)) exhausted = true;
      throw error;
    }
    options.stats.uploaded++;
    return { outcome: "uploaded" };
  } catch (error) {
    source?.destroy();
    if (session !== void 0) await ops.cancel(session);
    if (signal?.aborted === true || exhausted || ops.exhausted.has(error)) throw error;
    if (error instanceof StrategyRefused) discard(error.response.body);
    const producerFailed = await final.then(
      () => false,
      () => true
    );
    return { outcome: "not-stored", reason: producerFailed ? "source" : error instanceof StrategyRefused ? "refused" : "failed", error };
  }
}

// src/registry/upload/upload-blob.ts
import { setTimeout as sleep3 } from "node:timers/promises";

// src/registry/upload/chunked.ts
import { Buffer as Buffer7 } from "node:buffer";
async function* fixedChunks(source, size) {
  let pending = [];
  let pendingLength = 0;
  for await (const chunk of source) {
    pending.push(chunk);
    pendingLength += chunk.length;
    while (pendingLength >= size) {
      const joined = Buffer7.concat(pending);
      yield joined.subarray(0, size);
      pending = [joined.subarray(size)];
      pendingLength = joined.length - size;
    }
  }
  if (pendingLength > 0) yield Buffer7.concat(pending);
}
async function storedBytes(ops, session, refusal) {
  let response = refusal;
  if (response.headers.range === void 0) {
    response = await ops.http.send({ ...ops.base, method: "GET", target: session.location });
    discard(response.body);
    if (response.status !== 204 && response.status !== 200) return void 0;
  }
  const end = /^(?:bytes=)?0-(\d+)$/.exec(response.headers.range ?? "")?.[1];
  if (end === void 0) return void 0;
  if (response.headers.location !== void 0) session.location = locationOf(response, ops.what, ops.base.registry);
  return end === "0" ? 0 : Number(end) + 1;
}
var uploadChunked = async (ops, session, blob) => {
  const size = Math.max(session.minChunk, blob.chunkSize);
  const { stats } = blob;
  let offset = 0;
  const source = await blob.open();
  try {
    for await (const chunk of fixedChunks(source, size)) {
      let piece = chunk;
      while (piece.length > 0) {
        const patch = {
          ...ops.base,
          method: "PATCH",
          target: session.location,
          headers: {
            "content-type": "application/octet-stream",
            "content-range": `${offset}-${offset + piece.length - 1}`,
            "content-length": String(piece.length)
          },
          body: piece
        };
        const response = await ops.request(patch);
        if (response.status === 416) {
          discard(response.body);
          const stored = await storedBytes(ops, session, response);
          if (stored === void 0 || stored <= offset || stored > offset + piece.length) throw new StrategyRefused(response, patch);
          piece = piece.subarray(stored - offset);
          offset = stored;
          continue;
        }
        if (![202, 201, 204].includes(response.status)) {
          if (refusesStrategy(response.status)) throw new StrategyRefused(response, patch);
          return ops.fail(response, patch);
        }
        discard(response.body);
        stats.bytesSent += piece.length;
        offset += piece.length;
        piece = piece.subarray(piece.length);
        if (response.headers.location !== void 0) session.location = locationOf(response, ops.what, ops.base.registry);
      }
    }
  } finally {
    source.destroy();
  }
  await ops.finish(session, blob.descriptor.digest);
};

// src/registry/upload/monolithic.ts
var uploadMonolithic = async (ops, session, blob) => {
  const body = counted(await blob.open(), blob.stats);
  const response = await ops.send(
    {
      ...ops.base,
      method: "PUT",
      target: withDigest(session.location, blob.descriptor.digest),
      headers: { "content-type": "application/octet-stream", "content-length": String(blob.descriptor.size) },
      body
    },
    [201, 204]
  );
  discard(response.body);
};

// src/registry/upload/mount.ts
async function mountOrStart(ops, digest, from) {
  const { response, request } = await ops.post(`?${new URLSearchParams({ mount: digest, from }).toString()}`);
  if (response.status === 201) {
    discard(response.body);
    return "mounted";
  }
  if (response.status === 202) return ops.opened(response);
  if ([400, 401, 403, 404].includes(response.status)) {
    discard(response.body);
    return ops.startSession();
  }
  return ops.fail(response, request);
}

// src/registry/upload/upload-blob.ts
var STRATEGIES = {
  monolithic: uploadMonolithic,
  streamed: uploadStreamed,
  chunked: uploadChunked
};
async function uploadBlob(http, repo, descriptor, open4, options) {
  const { stats, signal, mountFrom } = options;
  const what = `push blob ${descriptor.digest} to ${repo.repository}`;
  const ops = sessionOps(http, repo, what, mountFrom, signal);
  const blob = { descriptor, open: open4, stats, chunkSize: options.settings.chunkSize };
  const plan = uploadPlan(options.settings);
  const started = Date.now();
  let strategyIndex = 0;
  const firstAttempt = 1 + (options.attemptsUsed ?? 0);
  for (let attempt = firstAttempt; ; ) {
    signal?.throwIfAborted();
    let session;
    try {
      const opened = mountFrom !== void 0 && attempt === firstAttempt && strategyIndex === 0 ? await mountOrStart(ops, descriptor.digest, mountFrom) : await ops.startSession();
      if (opened === "mounted") {
        stats.mounted++;
        return "mounted";
      }
      session = opened;
      const strategy = plan[strategyIndex] ?? "monolithic";
      await STRATEGIES[strategy](ops, session, blob);
      stats.uploaded++;
      return "uploaded";
    } catch (error) {
      if (signal?.aborted === true) throw error;
      if (session !== void 0) await ops.cancel(session);
      if (error instanceof StrategyRefused) {
        if (strategyIndex + 1 < plan.length) {
          strategyIndex++;
          stats.fallbacks++;
          discard(error.response.body);
          continue;
        }
        return http.fail(error.response, error.request);
      }
      if (ops.exhausted.has(error)) throw error;
      const status = error instanceof RegistryError ? error.status : void 0;
      const retryable = status === void 0 ? isRetryableError(error) || error.kind === "registry" : isRetryableStatus(status);
      const delay = backoffDelay(attempt, http.retry);
      if (!retryable || attempt >= http.retry.attempts || Date.now() + delay - started > http.retry.totalTimeMs) throw error;
      attempt++;
      stats.restarts++;
      http.stats.retries++;
      await sleep3(delay, void 0, signal === void 0 ? void 0 : { signal });
    }
  }
}

// src/registry/client.ts
var DEFAULT_TIMEOUT_MS = 6e4;
function createRegistryClient(options = {}) {
  const insecure = new Set(options.insecure ?? []);
  const isInsecure = (registry) => insecure.has(registry) || options.hosts?.[registry]?.insecure === true;
  const userAgent = options.userAgent ?? "oci-flatten";
  const connections = createConnections({
    certsDirectory: options.certsDirectory ?? "/etc/docker/certs.d",
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    speedLimit: { ...DEFAULT_SPEED_LIMIT, ...options.speedLimit },
    userAgent,
    onLog: options.onLog
  });
  const authorizer = createAuthorizer({ connections, credentials: options.credentials, isInsecure, userAgent });
  const http = createHttp({
    connections,
    authorizer,
    retry: { ...DEFAULT_RETRY, ...options.retry },
    isInsecure,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    onUploadSession: options.onUploadSession
  });
  const blobStats = { resumes: 0 };
  const uploadStats = { mounted: 0, uploaded: 0, restarts: 0, fallbacks: 0, bytesSent: 0 };
  const settingsFor = (registry) => ({ ...DEFAULT_UPLOAD, ...options.hosts?.[registry]?.upload });
  const failedStreams = /* @__PURE__ */ new Map();
  const blobKey = (repo, digest) => `${repo.registry}/${repo.repository}@${digest}`;
  return {
    getManifest: (repo, reference, signal) => fetchManifest(http, repo, reference, signal),
    headManifest: (repo, reference, signal) => headManifest(http, repo, reference, signal),
    putManifest: (repo, reference, manifest, signal) => storeManifest(http, repo, reference, manifest, signal),
    referrers: (repo, digest, referrersOptions) => listReferrers(http, repo, digest, referrersOptions),
    cosignTags: (repo, digest, signal, onProblem) => legacyCosignArtifacts(http, repo, digest, signal, onProblem),
    putReferrer: (repo, manifest, subject, signal) => putReferrer(http, repo, manifest, subject, signal),
    findManifest: (repo, reference, signal) => fetchOptionalManifest(http, repo, reference, signal),
    hasBlob: async (repo, digest, signal) => await headBlob(http, repo, digest, signal) !== void 0,
    async getBlob(repo, descriptor, signal) {
      try {
        return await fetchBlob(http, repo, descriptor, blobStats, signal);
      } catch (error) {
        if (!(error instanceof RegistryError) || error.status !== 404 || descriptorUrls(descriptor).length === 0) throw error;
        return fetchFromUrls(descriptor, {
          connections,
          missingFrom: `${repo.registry}/${repo.repository}`,
          registryAnswer: String(error.status),
          retry: http.retry,
          onResume: () => {
            blobStats.resumes++;
            http.stats.retries++;
          },
          signal
        });
      }
    },
    getBlobBytes: (repo, descriptor, signal) => fetchBlobBytes(http, repo, descriptor, blobStats, signal),
    async cancelUpload(registry, location) {
      const url = new URL(location);
      const repository = /^\/v2\/(.+)\/blobs\/uploads\/[^/]+$/.exec(url.pathname)?.[1];
      if (repository === void 0) return false;
      try {
        const response = await http.send({
          registry,
          method: "DELETE",
          target: url,
          scopes: [repositoryScope(repository, ["push", "pull"])],
          what: `cancel an upload to ${repository} left by an interrupted run`,
          once: true,
          signal: AbortSignal.timeout(5e3)
        });
        response.body.resume();
        return response.status >= 200 && response.status < 300;
      } catch {
        return false;
      }
    },
    async putBlob(repo, descriptor, open4, putOptions) {
      const failed = failedStreams.get(blobKey(repo, descriptor.digest));
      if (failed !== void 0 && http.retry.attempts <= 1) throw failed.error;
      return uploadBlob(http, repo, descriptor, open4, {
        mountFrom: putOptions?.mountFrom,
        settings: settingsFor(repo.registry),
        stats: uploadStats,
        signal: putOptions?.signal,
        attemptsUsed: failed === void 0 ? 0 : 1
      });
    },
    async streamBlob(repo, open4, final, streamOptions) {
      if (!streamsWhileProducing(settingsFor(repo.registry))) {
        return { outcome: "not-stored", reason: "disabled", error: void 0 };
      }
      const result = await streamBlob(http, repo, open4, final, { stats: uploadStats, signal: streamOptions?.signal });
      if (result.outcome === "not-stored" && result.reason === "failed") {
        const descriptor = await final.catch(() => void 0);
        if (descriptor !== void 0) failedStreams.set(blobKey(repo, descriptor.digest), { error: result.error });
      }
      return result;
    },
    checkPush: (repo, signal) => checkPushAccess(http, repo, signal),
    scheme: async (registry, signal) => (await http.baseUrl(registry, signal)).protocol === "http:" ? "http:" : "https:",
    get stats() {
      return { ...http.stats, ...blobStats, ...uploadStats };
    },
    close: () => connections.close()
  };
}

// src/registry/credentials/store.ts
import { readFile as readFile2 } from "node:fs/promises";
import { homedir } from "node:os";
import { join as join4 } from "node:path";

// src/registry/credentials/docker-config.ts
var HUB_KEY = "https://index.docker.io/v1/";
var HUB_NAMES = /* @__PURE__ */ new Set([DOCKER_HUB, "index.docker.io", DOCKER_HUB_API_HOST]);
var serverUrlFor = (registry) => HUB_NAMES.has(registry) ? HUB_KEY : registry;
function normaliseKey(key2) {
  const bare = key2.replace(/^[a-z]+:\/\//i, "").replace(/\/+$/, "");
  const slash = bare.indexOf("/");
  const host = (slash === -1 ? bare : bare.slice(0, slash)).toLowerCase();
  const path = slash === -1 ? "" : bare.slice(slash + 1);
  return { host: HUB_NAMES.has(host) ? DOCKER_HUB : host, path };
}
function findKey(keys, registry, repository) {
  const wantedHost = HUB_NAMES.has(registry.toLowerCase()) ? DOCKER_HUB : registry.toLowerCase();
  let best;
  for (const key2 of keys) {
    const { host, path } = normaliseKey(key2);
    if (host !== wantedHost) continue;
    let specificity;
    if (path === "" || /^v[12]$/.test(path)) specificity = 0;
    else if (repository !== void 0 && (repository === path || repository.startsWith(`${path}/`))) {
      specificity = path.split("/").length;
    } else continue;
    if (best === void 0 || specificity > best.specificity) best = { key: key2, specificity };
  }
  return best?.key;
}
var asString = (value) => typeof value === "string" && value !== "" ? value : void 0;
function credentialFromEntry(entry) {
  const registryToken = asString(entry.registrytoken);
  if (registryToken !== void 0) return { kind: "registry-token", token: registryToken };
  let username = asString(entry.username);
  let password = asString(entry.password);
  const auth = asString(entry.auth);
  if (auth !== void 0) {
    const decoded = Buffer.from(auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon > 0) {
      username = decoded.slice(0, colon);
      password = decoded.slice(colon + 1);
    }
  }
  const identityToken = asString(entry.identitytoken);
  if (identityToken !== void 0) return { kind: "identity", username, token: identityToken };
  if (username !== void 0 && password !== void 0) return { kind: "basic", username, password };
  return void 0;
}
function lookupConfig(config, registry, repository) {
  if (typeof config !== "object" || config === null) return void 0;
  const { credHelpers, credsStore, auths } = config;
  const serverUrl = serverUrlFor(registry);
  if (typeof credHelpers === "object" && credHelpers !== null) {
    const helpers = credHelpers;
    const key2 = findKey(Object.keys(helpers), registry, repository);
    const helper = key2 === void 0 ? void 0 : asString(helpers[key2]);
    if (helper !== void 0) return { kind: "helper", helper, serverUrl };
  }
  const store = asString(credsStore);
  if (store !== void 0) return { kind: "helper", helper: store, serverUrl };
  if (typeof auths === "object" && auths !== null) {
    const entries = auths;
    const key2 = findKey(Object.keys(entries), registry, repository);
    const entry = key2 === void 0 ? void 0 : entries[key2];
    if (key2 !== void 0 && typeof entry === "object" && entry !== null) {
      const credential = credentialFromEntry(entry);
      if (credential !== void 0) return { kind: "credential", credential, key: key2 };
    }
  }
  return void 0;
}

// src/registry/credentials/helper.ts
import { spawn } from "node:child_process";
var TIMEOUT_MS = 3e4;
async function runCredentialHelper(helper, serverUrl, env) {
  const program = `docker-credential-${helper}`;
  const { code, stdout, spawnError } = await new Promise((resolve3) => {
    const child = spawn(program, ["get"], { env, stdio: ["pipe", "pipe", "inherit"], timeout: TIMEOUT_MS });
    let out = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk) => {
      out += chunk;
    });
    child.once("error", (error) => resolve3({ code: null, stdout: "", spawnError: error }));
    child.once("close", (exitCode) => resolve3({ code: exitCode, stdout: out }));
    child.stdin.on("error", () => void 0);
    child.stdin.end(serverUrl);
  });
  if (spawnError !== void 0) {
    throw new FlattenError(
      "auth",
      `credential helper ${program} for ${serverUrl} could not be run (${spawnError.code ?? "error"})`,
      {
        hint: `install ${program} on PATH or remove it from the Docker config`
      }
    );
  }
  if (code !== 0) {
    if (/credentials not found/i.test(stdout)) return void 0;
    throw new FlattenError("auth", `credential helper ${program} failed for ${serverUrl} (exit ${code ?? "signal"})`);
  }
  let parsed;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    throw new FlattenError("auth", `credential helper ${program} printed invalid JSON for ${serverUrl}`);
  }
  const { Username, Secret } = parsed ?? {};
  if (typeof Secret !== "string" || Secret === "") return void 0;
  if (Username === "<token>") return { kind: "identity", username: void 0, token: Secret };
  return { kind: "basic", username: typeof Username === "string" ? Username : "", password: Secret };
}

// src/registry/credentials/provider.ts
var KINDS3 = /* @__PURE__ */ new Set(["basic", "identity", "registry-token"]);
async function askProvider(provider, host) {
  const answer = await (typeof provider === "function" ? provider(host) : provider.resolve(host));
  if (answer === void 0) return void 0;
  if (typeof answer !== "object" || answer === null || !KINDS3.has(answer.kind)) {
    throw new FlattenError(
      "auth",
      `the credential provider answered ${host} with something that is not a Credential (kind basic, identity or registry-token)`
    );
  }
  return answer;
}

// src/registry/credentials/store.ts
var readJson = async (path) => {
  let text4;
  try {
    text4 = await readFile2(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return void 0;
    throw new FlattenError("auth", `cannot read credentials file ${path} (${error.code ?? "error"})`);
  }
  try {
    return JSON.parse(text4);
  } catch {
    throw new FlattenError("auth", `credentials file ${path} is not valid JSON`);
  }
};
function createCredentialStore(options = {}) {
  const env = options.env ?? process.env;
  const home = options.home ?? homedir();
  const dockerConfig = join4(env.DOCKER_CONFIG ?? join4(home, ".docker"), "config.json");
  const sources = [];
  const configFile = options.configFile;
  if (configFile !== void 0) {
    sources.push({
      name: configFile,
      load: async () => {
        const json = await readJson(configFile);
        if (json === void 0) throw new FlattenError("auth", `credentials file ${configFile} does not exist`);
        return json;
      }
    });
  }
  sources.push({ name: dockerConfig, load: () => readJson(dockerConfig) });
  if (env.REGISTRY_AUTH_FILE !== void 0 && env.REGISTRY_AUTH_FILE !== "") {
    const path = env.REGISTRY_AUTH_FILE;
    sources.push({ name: path, load: () => readJson(path) });
  }
  if (env.XDG_RUNTIME_DIR !== void 0 && env.XDG_RUNTIME_DIR !== "") {
    const path = join4(env.XDG_RUNTIME_DIR, "containers", "auth.json");
    sources.push({ name: path, load: () => readJson(path) });
  }
  const xdgConfig = join4(
    env.XDG_CONFIG_HOME !== void 0 && env.XDG_CONFIG_HOME !== "" ? env.XDG_CONFIG_HOME : join4(home, ".config"),
    "containers",
    "auth.json"
  );
  sources.push({ name: xdgConfig, load: () => readJson(xdgConfig) });
  if (env.DOCKER_AUTH_CONFIG !== void 0 && env.DOCKER_AUTH_CONFIG !== "") {
    const text4 = env.DOCKER_AUTH_CONFIG;
    sources.push({
      name: "$DOCKER_AUTH_CONFIG",
      load: async () => {
        try {
          return JSON.parse(text4);
        } catch {
          throw new FlattenError("auth", "$DOCKER_AUTH_CONFIG is not valid JSON");
        }
      }
    });
  }
  const cache = /* @__PURE__ */ new Map();
  const lookup3 = async (registry, repository) => {
    const explicit = options.explicit?.[registry];
    if (explicit !== void 0) return explicit;
    if (options.provider !== void 0) {
      const provided = await askProvider(options.provider, registry);
      if (provided !== void 0) return provided;
    }
    for (const source of sources) {
      const match = lookupConfig(await source.load(), registry, repository);
      if (match === void 0) continue;
      if (match.kind === "credential") return match.credential;
      const fromHelper = await runCredentialHelper(match.helper, match.serverUrl, env);
      if (fromHelper !== void 0) return fromHelper;
    }
    return void 0;
  };
  return {
    get(registry, repository) {
      const key2 = `${registry}\0${repository ?? ""}`;
      let pending = cache.get(key2);
      if (pending === void 0) {
        pending = lookup3(registry, repository);
        cache.set(key2, pending);
      }
      return pending;
    },
    searched(registry) {
      const places = [
        ...options.explicit?.[registry] !== void 0 ? ["explicit credentials"] : [],
        ...options.provider !== void 0 ? ["the credential provider"] : []
      ];
      return `credentials for ${registry} were looked up in: ${[...places, ...sources.map((s) => s.name)].join(", ")}`;
    }
  };
}

// src/transport/docker-archive-source.ts
import { createHash as createHash7 } from "node:crypto";
import { createReadStream as createReadStream4 } from "node:fs";
import { mkdir as mkdir3, mkdtemp, readFile as readFile4, rename as rename3, rm as rm4, stat as stat3 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname as dirname4, join as join7, posix } from "node:path";

// src/transport/archive-file.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { randomUUID as randomUUID2 } from "node:crypto";
import { createReadStream as createReadStream3, createWriteStream as createWriteStream3 } from "node:fs";
import { mkdir as mkdir2, rename as rename2, rm as rm3, stat as stat2 } from "node:fs/promises";
import { basename, dirname as dirname3, join as join6 } from "node:path";
import { pipeline as pipeline10 } from "node:stream/promises";

// src/transport/blob-store.ts
import { randomUUID } from "node:crypto";
import { createReadStream as createReadStream2, createWriteStream as createWriteStream2 } from "node:fs";
import { mkdir, readFile as readFile3, rename, rm as rm2, stat, writeFile } from "node:fs/promises";
import { dirname as dirname2, join as join5 } from "node:path";
import { pipeline as pipeline9 } from "node:stream/promises";

// src/io-errors.ts
import { statfsSync } from "node:fs";
import { dirname } from "node:path";

// src/format-bytes.ts
function formatBytes(bytes) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(value >= 100 ? 0 : 1)} ${units[unit]}`;
}

// src/io-errors.ts
var DISK_CODES = /* @__PURE__ */ new Set([
  "ENOSPC",
  "EDQUOT",
  "EACCES",
  "EPERM",
  "EROFS",
  "EMFILE",
  "ENFILE",
  "EIO",
  "EFBIG",
  "ENOTDIR",
  "EISDIR",
  "ENOENT",
  "EEXIST",
  "ENAMETOOLONG",
  "ELOOP",
  "EXDEV",
  "ENOTEMPTY",
  "EBUSY"
]);
var LOCAL_ONLY = /* @__PURE__ */ new Set(["ENOSPC", "EDQUOT", "EROFS", "EMFILE", "ENFILE", "EFBIG"]);
function systemErrorOf(error, codes = DISK_CODES) {
  for (let current = error, depth = 0; current !== void 0 && current !== null && depth < 6; depth++) {
    const { code, path, syscall } = current;
    if (typeof code === "string" && codes.has(code)) {
      return { code, ...typeof path === "string" ? { path } : {}, ...typeof syscall === "string" ? { syscall } : {} };
    }
    current = current.cause;
  }
  return void 0;
}
var room = (directory) => {
  try {
    const fs = statfsSync(directory);
    return `${formatBytes(fs.bavail * fs.bsize)} of ${formatBytes(fs.blocks * fs.bsize)} free there`;
  } catch {
    return "free space unknown";
  }
};
function ioFailure(error, context) {
  if (error instanceof FlattenError && (error.kind === "io" || error.kind === "interrupted" || error.kind === "usage")) return error;
  const system = error instanceof FlattenError ? systemErrorOf(error, LOCAL_ONLY) : systemErrorOf(error);
  if (system === void 0) return error;
  return systemIoError(system, context, error);
}
var where = (path, preposition) => path === "" ? "" : ` ${preposition} ${path}`;
function systemIoError(system, context, cause) {
  const { code } = system;
  const inside = system.path === void 0 || context.path !== "" && (system.path === context.path || system.path.startsWith(`${context.path}/`));
  const directory = inside ? context.directory ?? context.path : dirname(system.path);
  const path = directory;
  if (!inside) context = { doing: context.path === "" ? context.doing : "reading or writing local files", path: directory };
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
    case "EFBIG": {
      const what = code === "EDQUOT" ? "disk quota exceeded" : code === "EFBIG" ? "file too large" : "no space left";
      const needed = context.written === void 0 ? "" : ` needed more than the ${formatBytes(context.written)} it had written`;
      const where2 = path === "" ? "" : ` in ${path}`;
      return new FlattenError("io", `${what}${where2} (${code}): ${context.doing}${needed}${path === "" ? "" : `; ${room(directory)}`}`, {
        cause,
        hint: "give options.tempDirectory (or the target) a file system with more room; a flatten needs about the compressed image plus the merged layer"
      });
    }
    case "EACCES":
    case "EPERM":
      return new FlattenError("io", `permission denied${where(system.path ?? path, "on")} (${code}): ${context.doing}`, { cause });
    case "EROFS":
      return new FlattenError("io", `read-only file system${where(system.path ?? path, "at")} (${code}): ${context.doing}`, { cause });
    case "EMFILE":
    case "ENFILE":
      return new FlattenError("io", `too many open files (${code}): ${context.doing}${where(path, "in")}`, {
        cause,
        hint: "raise the open-file limit (ulimit -n) or lower options.concurrency"
      });
    default:
      return new FlattenError("io", `${context.doing}${(system.path ?? path) === "" ? "" : `: ${system.path ?? path}`} (${code})`, {
        cause
      });
  }
}
var localIoError = (doing, error) => {
  const mapped = ioFailure(error, { doing, path: "" });
  if (mapped instanceof FlattenError) return mapped;
  return new FlattenError("io", `${doing}: ${error.message ?? String(error)}`, { cause: error });
};

// src/transport/blob-store.ts
var DIGEST2 = /^(sha256):([a-f0-9]{64})$|^(sha512):([a-f0-9]{128})$/;
function blobPath(root, digest, where2) {
  const match = DIGEST2.exec(digest);
  if (match === null) throw contentError(`${where2}: ${JSON.stringify(digest)} is not a sha256 or sha512 digest`);
  const algorithm = match[1] ?? match[3] ?? "";
  const hex = match[2] ?? match[4] ?? "";
  return join5(root, "blobs", algorithm, hex);
}
var ioError = (message2, cause, path) => {
  const mapped = path === void 0 ? void 0 : ioFailure(cause, { doing: message2, path });
  return mapped instanceof FlattenError ? mapped : localIoError(message2, cause);
};
var isMissing = (error) => error.code === "ENOENT";
async function openVerifiedBlob(root, descriptor, where2) {
  const path = blobPath(root, descriptor.digest, where2);
  let size;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    if (isMissing(error)) throw contentError(`${where2}: blob ${descriptor.digest} is missing`);
    throw ioError(`${where2}: reading blob ${descriptor.digest}`, error);
  }
  if (size !== descriptor.size) {
    throw contentError(`${where2}: blob ${descriptor.digest} has ${size} bytes, its descriptor says ${descriptor.size}`);
  }
  const verifier = createVerifier(descriptor, `${where2}: blob`);
  const file = createReadStream2(path);
  file.once("error", (error) => verifier.destroy(ioError(`${where2}: reading blob ${descriptor.digest}`, error)));
  return file.pipe(verifier);
}
async function readVerifiedBlob(root, descriptor, where2) {
  const chunks = [];
  for await (const chunk of await openVerifiedBlob(root, descriptor, where2)) chunks.push(chunk);
  return Buffer.concat(chunks);
}
async function hasBlobFile(root, descriptor, where2) {
  try {
    return (await stat(blobPath(root, descriptor.digest, where2))).size === descriptor.size;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}
async function writeVerifiedBlob(root, descriptor, source, where2, temps, signal) {
  if (await hasBlobFile(root, descriptor, where2)) {
    source.destroy();
    return false;
  }
  const path = blobPath(root, descriptor.digest, where2);
  await mkdir(dirname2(path), { recursive: true });
  const temp = `${path}.tmp-${randomUUID()}`;
  temps.add(temp);
  try {
    await pipeline9(
      source,
      createVerifier(descriptor, `${where2}: blob`),
      createWriteStream2(temp, { flags: "wx" }),
      ...signal === void 0 ? [] : [{ signal }]
    );
    await rename(temp, path);
  } catch (error) {
    const failure = error instanceof FlattenError ? error : ioError(`${where2}: writing blob ${descriptor.digest} (${descriptor.size} bytes)`, error, dirname2(path));
    await rm2(temp, { force: true });
    throw failure;
  } finally {
    temps.delete(temp);
  }
  return true;
}
async function writeStreamedBlob(root, open4, final, where2, temps, options = {}) {
  const { signal } = options;
  final.catch(() => void 0);
  const producerFailed = () => final.then(
    () => false,
    () => true
  );
  const directory = join5(root, "blobs", "sha256");
  const temp = join5(directory, `.streamed-${randomUUID()}`);
  temps.add(temp);
  try {
    const digesting = createDigestStream();
    let file;
    try {
      await mkdir(directory, { recursive: true });
      file = createWriteStream2(temp, { flags: "wx" });
      await pipeline9(open4(), digesting.stream, file, ...signal === void 0 ? [] : [{ signal }]);
    } catch (error) {
      if (signal?.aborted !== true && await producerFailed()) return void 0;
      if (error instanceof FlattenError || signal?.aborted === true) throw error;
      throw ioError(`${where2}: writing a blob as it is made (${file?.bytesWritten ?? 0} bytes so far)`, error, directory);
    }
    if (await producerFailed()) return void 0;
    const descriptor = await final;
    const { digest, size } = await digesting.result;
    if (descriptor.digest !== digest || descriptor.size !== size) {
      options.onNotStored?.(`its bytes as written (${size}, ${digest}) are not ${descriptor.digest} (${descriptor.size})`);
      return void 0;
    }
    if (await hasBlobFile(root, descriptor, where2)) return { outcome: "existed", descriptor };
    try {
      await rename(temp, blobPath(root, descriptor.digest, where2));
    } catch (error) {
      throw ioError(`${where2}: storing blob ${descriptor.digest}`, error, directory);
    }
    return { outcome: "uploaded", descriptor };
  } finally {
    temps.delete(temp);
    await rm2(temp, { force: true });
  }
}
async function writeFileAtomic(path, data, temps) {
  const temp = `${path}.tmp-${randomUUID()}`;
  temps.add(temp);
  try {
    await writeFile(temp, data, { flag: "wx" });
    await rename(temp, path);
  } catch (error) {
    await rm2(temp, { force: true });
    throw ioError(`writing ${path}`, error);
  } finally {
    temps.delete(temp);
  }
}
async function readOptionalFile(path) {
  try {
    return await readFile3(path);
  } catch (error) {
    if (isMissing(error)) return void 0;
    throw ioError(`reading ${path}`, error);
  }
}

// src/transport/archive-file.ts
var shown = (name) => displayName(byteStringOf(name));
var stagingPrefix = (file) => `.${basename(file)}.staging-`;
var MTIME = /* @__PURE__ */ new Date(0);
async function writeArchive(file, members, signal, tempDirectory) {
  const temp = tempDirectory === void 0 ? `${file}.tmp-${randomUUID2()}` : join6(tempDirectory, `.archive.tmp-${randomUUID2()}`);
  const pack2 = (0, import_tar_stream.pack)();
  const writing = pipeline10(pack2, createWriteStream3(temp, { flags: "wx" }), ...signal === void 0 ? [] : [{ signal }]);
  try {
    const adding = (async () => {
      for (const member of members) {
        if (member.name.endsWith("/")) {
          pack2.entry({ name: member.name, type: "directory", mode: 493, mtime: MTIME, uid: 0, gid: 0 });
        } else if (member.source instanceof Uint8Array) {
          pack2.entry({ name: member.name, mode: 420, mtime: MTIME, uid: 0, gid: 0 }, member.source);
        } else if (member.source !== void 0) {
          const size = (await stat2(member.source)).size;
          const sink = pack2.entry({ name: member.name, size, mode: 420, mtime: MTIME, uid: 0, gid: 0 });
          await pipeline10(createReadStream3(member.source), sink);
        }
      }
      pack2.finalize();
    })();
    adding.catch((error) => pack2.destroy(error));
    await Promise.all([adding, writing]);
    await rename2(temp, file);
  } catch (error) {
    pack2.destroy();
    await writing.catch(() => {
    });
    await rm3(temp, { force: true });
    if (error instanceof FlattenError) throw error;
    throw ioError(`writing ${file}`, error, dirname3(temp));
  }
}
async function extractArchive(file, dir, accept, what, onSymlink) {
  const extract = (0, import_tar_stream.extract)();
  const reading = pipeline10(createReadStream3(file), extract).catch((error) => {
    throw error instanceof FlattenError ? error : ioError(`${what}: reading ${file}`, error);
  });
  try {
    for await (const entry of extract) {
      const name = entry.header.name.replace(/^(\.\/)+/, "").replace(/\/+$/, "");
      const type = entry.header.type;
      if (type === "directory" || name === "" || name === ".") {
        entry.resume();
        continue;
      }
      if (name.split("/").some((part) => part === ".." || part === "") || name.startsWith("/")) {
        throw contentError(`${what}: archive member ${shown(entry.header.name)} escapes the archive root`);
      }
      if (!accept(name)) {
        entry.resume();
        continue;
      }
      if (type === "symlink" && onSymlink !== void 0) {
        onSymlink(name, entry.header.linkname ?? "");
        entry.resume();
        continue;
      }
      if (type !== "file" && type !== "contiguous-file") {
        throw contentError(`${what}: archive member ${shown(name)} is a ${type ?? "special file"}, expected a regular file`);
      }
      const target = join6(dir, name);
      await mkdir2(dirname3(target), { recursive: true });
      await pipeline10(entry, createWriteStream3(target));
    }
    await reading;
  } catch (error) {
    extract.destroy();
    await reading.catch(() => {
    });
    if (error instanceof FlattenError) throw error;
    throw ioError(`${what}: extracting ${file}`, error, dir);
  }
}

// src/transport/docker-archive-source.ts
var describe = (file, name) => `docker-archive:${file}${name === void 0 ? "" : `:${name}`}`;
function parseEntries(bytes, where2) {
  let value;
  try {
    value = JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    throw contentError(`${where2}: manifest.json is not JSON: ${error.message}`);
  }
  const valid = distribution_default.array(value) && value.every(
    (entry) => distribution_default.plainObject(entry) && distribution_default.string(entry.Config) && distribution_default.array(entry.Layers, distribution_default.string) && (entry.RepoTags === void 0 || entry.RepoTags === null || distribution_default.array(entry.RepoTags, distribution_default.string))
  );
  if (!valid) throw contentError(`${where2}: manifest.json is not a list of {Config, RepoTags, Layers}`);
  return value;
}
var sameName = (repoTag, wanted) => {
  const short = (text4) => text4.replace(/^docker\.io\//, "").replace(/^library\//, "");
  return repoTag === wanted || short(repoTag) === short(wanted);
};
function pickEntry(entries, name, where2) {
  if (entries.length === 0) throw contentError(`${where2}: the archive holds no image`);
  if (name === void 0) {
    if (entries.length > 1) {
      const names = entries.flatMap((e) => e.RepoTags ?? []).join(", ");
      throw usageError(
        `${where2}: the archive holds ${entries.length} images; name one (docker-archive:FILE:NAME:TAG)${names === "" ? "" : `: ${names}`}`
      );
    }
    return entries[0];
  }
  const found = entries.find((entry) => (entry.RepoTags ?? []).some((tag) => sameName(tag, name)));
  if (found === void 0) {
    const names = entries.flatMap((e) => e.RepoTags ?? []);
    throw usageError(`${where2}: no image named ${name} in the archive${names.length === 0 ? "" : ` (it has ${names.join(", ")})`}`);
  }
  return found;
}
function resolveMember(path, links, where2) {
  let name = posix.normalize(path.replace(/^(\.\/)+/, ""));
  for (let hops = 0; links.has(name); hops++) {
    if (hops > 8) throw contentError(`${where2}: ${path} is a chain of links`);
    const target = links.get(name);
    name = posix.normalize(target.startsWith("/") ? target.slice(1) : posix.join(posix.dirname(name), target));
  }
  if (name.startsWith("..") || posix.isAbsolute(name)) throw contentError(`${where2}: ${path} points out of the archive`);
  return name;
}
async function fingerprint(path) {
  const hash = createHash7("sha256");
  let size = 0;
  let head2 = Buffer.alloc(0);
  for await (const chunk of createReadStream4(path)) {
    const bytes = chunk;
    if (head2.length < 6) head2 = Buffer.concat([head2, bytes.subarray(0, 6 - head2.length)]);
    hash.update(bytes);
    size += bytes.length;
  }
  return { digest: `sha256:${hash.digest("hex")}`, size, head: head2 };
}
var kindOf = (head2) => {
  const found = compressionOf(head2);
  return found === "gzip" || found === "zstd" ? found : "none";
};
async function openDockerArchiveSource(file, name, stagingParent = tmpdir()) {
  const description = describe(file, name);
  const staging = await mkdtemp(join7(stagingParent, "docker-archive-"));
  try {
    const links = /* @__PURE__ */ new Map();
    const unpacked = join7(staging, "archive");
    await mkdir3(unpacked);
    await stat3(file).catch((error) => {
      throw error.code === "ENOENT" ? usageError(`${description}: ${file} does not exist`) : ioError(`${description}: reading ${file}`, error);
    });
    await extractArchive(
      file,
      unpacked,
      () => true,
      description,
      (member, target) => links.set(member, target)
    );
    const manifestBytes = await readFile4(join7(unpacked, "manifest.json")).catch((error) => {
      throw contentError(`${description}: the archive has no manifest.json (not a docker save archive?)`, error);
    });
    const entry = pickEntry(parseEntries(manifestBytes, description), name, description);
    const moved = /* @__PURE__ */ new Map();
    const stored = async (path, what) => {
      const member = resolveMember(path, links, description);
      const known = moved.get(member);
      if (known !== void 0) return known;
      const source = join7(unpacked, member);
      await stat3(source).catch((error) => {
        throw contentError(`${description}: ${what} ${path} is not in the archive`, error);
      });
      const { digest, size, head: head2 } = await fingerprint(source);
      const target = blobPath(staging, digest, description);
      await mkdir3(dirname4(target), { recursive: true });
      await rename3(source, target).catch((error) => {
        throw ioError(`${description}: staging ${path}`, error);
      });
      const result = { digest, size, kind: kindOf(head2) };
      moved.set(member, result);
      return result;
    };
    const config = await stored(entry.Config, "config");
    const layers = [];
    for (const layer of entry.Layers) layers.push(await stored(layer, "layer"));
    const oci = layers.some((layer) => layer.kind === "zstd");
    const layerType = (kind) => {
      if (kind === "zstd") return MediaType.ociLayerZstd;
      if (oci) return kind === "gzip" ? MediaType.ociLayerGzip : MediaType.ociLayer;
      return kind === "gzip" ? MediaType.dockerLayerGzip : MediaType.dockerLayer;
    };
    const configDescriptor = {
      mediaType: oci ? MediaType.ociConfig : MediaType.dockerConfig,
      digest: config.digest,
      size: config.size
    };
    const manifest = encodeJson(
      {
        schemaVersion: 2,
        mediaType: oci ? MediaType.ociManifest : MediaType.dockerManifest,
        config: configDescriptor,
        layers: layers.map((layer) => ({ mediaType: layerType(layer.kind), digest: layer.digest, size: layer.size }))
      },
      oci ? MediaType.ociManifest : MediaType.dockerManifest
    );
    await rm4(unpacked, { recursive: true, force: true });
    return {
      description,
      getRootManifest: async () => manifest,
      getManifest: async (descriptor) => {
        if (descriptor.digest === manifest.digest) return manifest;
        throw contentError(`${description}: no manifest ${descriptor.digest} (a docker archive holds single images)`);
      },
      getBlob: async (descriptor) => openVerifiedBlob(staging, descriptor, description),
      getBlobBytes: async (descriptor) => readVerifiedBlob(staging, descriptor, description),
      close: async () => {
        await rm4(staging, { recursive: true, force: true });
      }
    };
  } catch (error) {
    await rm4(staging, { recursive: true, force: true });
    throw error;
  }
}

// src/transport/docker-archive.ts
import { createReadStream as createReadStream5, createWriteStream as createWriteStream4 } from "node:fs";
import { open as openFile, rm as rm6 } from "node:fs/promises";
import { dirname as dirname5, join as join9 } from "node:path";
import { PassThrough as PassThrough6 } from "node:stream";
import { pipeline as pipeline11 } from "node:stream/promises";
import { createGunzip as createGunzip2, createZstdDecompress as createZstdDecompress2 } from "node:zlib";

// src/pipeline/owned-dirs.ts
import { utimesSync } from "node:fs";
import { mkdtemp as mkdtemp2, readdir as readdir2, readFile as readFile5, rm as rm5, stat as stat4, writeFile as writeFile2 } from "node:fs/promises";
import { join as join8 } from "node:path";

// src/process-identity.ts
import { readFileSync, readlinkSync } from "node:fs";
import { hostname } from "node:os";
var read = (read2) => {
  try {
    return read2().trim();
  } catch {
    return "unknown";
  }
};
var cached;
function thisProcess() {
  cached ??= {
    pid: process.pid,
    host: hostname(),
    bootId: read(() => readFileSync("/proc/sys/kernel/random/boot_id", "utf8")),
    pidNamespace: read(() => readlinkSync("/proc/self/ns/pid"))
  };
  return { ...cached, started: (/* @__PURE__ */ new Date()).toISOString() };
}
function parseIdentity(text4) {
  try {
    const value = JSON.parse(text4);
    if (typeof value.pid !== "number" || typeof value.host !== "string" || typeof value.bootId !== "string" || typeof value.pidNamespace !== "string")
      return void 0;
    return {
      pid: value.pid,
      host: value.host,
      bootId: value.bootId,
      pidNamespace: value.pidNamespace,
      started: String(value.started ?? "")
    };
  } catch {
    return void 0;
  }
}
var pidAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
};
function provablyGone(owner) {
  const self = thisProcess();
  if (owner.host !== self.host || self.bootId === "unknown") return false;
  if (owner.bootId !== self.bootId) return true;
  if (owner.pidNamespace !== self.pidNamespace || self.pidNamespace === "unknown") return false;
  return !pidAlive(owner.pid);
}
var describeOwner = (owner) => `pid ${owner.pid} on ${owner.host}${owner.pidNamespace === thisProcess().pidNamespace ? "" : ` (PID namespace ${owner.pidNamespace})`}${owner.started === "" ? "" : `, since ${owner.started}`}`;

// src/pipeline/owned-dirs.ts
var MARKER = ".oci-flatten-owner";
var REFRESH_MS = 3e4;
var STALE_MS = 10 * 6e4;
async function createOwnedDir(parent, prefix) {
  const path = await mkdtemp2(join8(parent, prefix));
  const marker = join8(path, MARKER);
  await writeFile2(marker, `${JSON.stringify(thisProcess())}
`);
  const timer = setInterval(() => {
    try {
      const now = /* @__PURE__ */ new Date();
      utimesSync(marker, now, now);
    } catch {
    }
  }, REFRESH_MS);
  timer.unref();
  return { path, release: () => clearInterval(timer) };
}
async function treeSize(path) {
  const entries = await readdir2(path, { recursive: true, withFileTypes: true }).catch(() => []);
  const sizes = await Promise.all(
    entries.filter((e) => e.isFile()).map(
      (e) => stat4(join8(e.parentPath, e.name)).then(
        (s) => s.size,
        () => 0
      )
    )
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}
async function removeDeadRunsDirs(parent, prefix, now = Date.now(), beforeRemove) {
  const sweep = { directories: 0, bytes: 0 };
  const names = await readdir2(parent).catch(() => []);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const path = join8(parent, name);
    const marker = join8(path, MARKER);
    const [text4, info] = await Promise.all([readFile5(marker, "utf8").catch(() => void 0), stat4(marker).catch(() => void 0)]);
    const owner = text4 === void 0 ? void 0 : parseIdentity(text4);
    if (owner === void 0 || info === void 0) continue;
    if (!provablyGone(owner) && now - info.mtimeMs < STALE_MS) continue;
    const bytes = await treeSize(path);
    await beforeRemove?.(path).catch(() => void 0);
    try {
      await rm5(path, { recursive: true, force: true });
      sweep.directories++;
      sweep.bytes += bytes;
    } catch {
    }
  }
  return sweep;
}

// src/transport/docker-archive.ts
var describe2 = (file, name) => `docker-archive:${file}${name === void 0 ? "" : `:${name}`}`;
async function openDockerArchiveTarget(file, name) {
  const description = describe2(file, name);
  const owned = await createOwnedDir(dirname5(file), stagingPrefix(file)).catch((error) => {
    throw ioError(`${description}: creating a staging directory next to ${file}`, error, dirname5(file));
  });
  const staging = owned.path;
  const temps = /* @__PURE__ */ new Set();
  const stop = new AbortController();
  const cleanup = () => {
    owned.release();
    return rm6(staging, { recursive: true, force: true });
  };
  const refuseIndex = (mediaType) => {
    if (isIndexMediaType(mediaType)) {
      throw usageError(
        `${description}: a docker archive holds one image, not a multi-platform index`,
        "pick one platform with options.platforms os/arch"
      );
    }
  };
  return {
    description,
    hasBlob: (descriptor) => hasBlobFile(staging, descriptor, description),
    storedBlob: async (descriptor) => openVerifiedBlob(staging, descriptor, description),
    putBlob: async (descriptor, open4, options) => {
      if (await hasBlobFile(staging, descriptor, description)) return "existed";
      const signal = options?.signal === void 0 ? stop.signal : AbortSignal.any([stop.signal, options.signal]);
      return await writeVerifiedBlob(staging, descriptor, await open4(), description, temps, signal) ? "uploaded" : "existed";
    },
    // Staged next to FILE as it is made: no spool in the temp dir, no second merge (docs/temp-budget.md).
    streamBlob: async (open4, final, options) => {
      const signal = options?.signal === void 0 ? stop.signal : AbortSignal.any([stop.signal, options.signal]);
      return (await writeStreamedBlob(staging, open4, final, description, temps, { signal, onNotStored: options?.onNotStored }))?.outcome;
    },
    putManifest: async (manifest) => {
      refuseIndex(manifest.mediaType);
    },
    commit: async (manifest, signal) => {
      refuseIndex(manifest.mediaType);
      const parsed = parseManifest(manifest, description);
      if (parsed.kind !== "image") throw usageError(`${description}: a docker archive holds one image`);
      const { config: configDescriptor, layers } = parsed.manifest;
      const configBytes = await readVerifiedBlob(staging, configDescriptor, description);
      const config = parseConfig(configBytes, description);
      const diffIds = config.rootfs.diff_ids;
      if (diffIds.length !== layers.length) {
        throw contentError(`${description}: config has ${diffIds.length} diff_ids for ${layers.length} layers`);
      }
      const configName = `${configDescriptor.digest.slice(configDescriptor.digest.indexOf(":") + 1)}.json`;
      const members = [{ name: configName, source: configBytes }];
      const layerNames = [];
      for (const [i, layer] of layers.entries()) {
        const diffId = diffIds[i] ?? "";
        const layerName = `${diffId.slice(diffId.indexOf(":") + 1)}.tar`;
        layerNames.push(layerName);
        if (members.some((member) => member.name === layerName)) continue;
        const path = join9(staging, layerName);
        await decompressLayer2(blobPath(staging, layer.digest, description), path, diffId, `${description}: layer ${layer.digest}`);
        members.push({ name: layerName, source: path });
      }
      const entry = { Config: configName, RepoTags: name === void 0 ? [] : [name], Layers: layerNames };
      members.unshift({ name: "manifest.json", source: Buffer.from(JSON.stringify([entry])) });
      await writeArchive(file, members, signal, staging);
      await cleanup();
      return description;
    },
    abort: async () => {
      stop.abort();
      await Promise.all([...temps].map((temp) => rm6(temp, { force: true })));
      await cleanup();
    },
    close: cleanup
  };
}
var GZIP_MAGIC = Buffer.from([31, 139]);
var ZSTD_MAGIC2 = Buffer.from([40, 181, 47, 253]);
async function sniff2(path) {
  const handle = await openFile(path, "r");
  try {
    const head2 = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head2, 0, 4, 0);
    return head2.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
async function decompressLayer2(blob, output, diffId, what) {
  const head2 = await sniff2(blob);
  const decompress = head2.subarray(0, 2).equals(GZIP_MAGIC) ? createGunzip2() : head2.equals(ZSTD_MAGIC2) ? createZstdDecompress2() : new PassThrough6();
  const digest = createDigestStream();
  try {
    await pipeline11(createReadStream5(blob), decompress, digest.stream, createWriteStream4(output));
  } catch (error) {
    if (error instanceof FlattenError) throw error;
    throw contentError(`${what}: cannot decompress: ${error.message}`, error);
  }
  const { digest: actual } = await digest.result;
  if (actual !== diffId) throw contentError(`${what}: uncompressed content is ${actual}, the config's diff_id says ${diffId}`);
  await rm6(blob, { force: true });
}

// src/transport/oci-archive.ts
import { mkdtemp as mkdtemp3, readdir as readdir4, rm as rm9, stat as stat6 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { dirname as dirname6, join as join12 } from "node:path";

// src/transport/oci-layout.ts
import { mkdir as mkdir4, readdir as readdir3, rm as rm8 } from "node:fs/promises";
import { join as join11 } from "node:path";
import { Readable as Readable5 } from "node:stream";

// src/transport/layout-lock.ts
import { open as open3, readFile as readFile6, rm as rm7, stat as stat5, utimes } from "node:fs/promises";
import { join as join10 } from "node:path";
import { setTimeout as sleep4 } from "node:timers/promises";
var LOCK_NAME = ".oci-flatten.lock";
var REFRESH_MS2 = 2e3;
var STALE_MS2 = 1e4;
var WAIT_MS = 12e4;
var SAY_AFTER_MS = 1e3;
async function withLayoutLock(dir, what, work, options = {}) {
  const { signal } = options;
  const path = join10(dir, LOCK_NAME);
  const started = Date.now();
  let observed;
  let said = false;
  for (let attempt = 0; ; attempt++) {
    signal?.throwIfAborted();
    try {
      const handle = await open3(path, "wx");
      await handle.writeFile(`${JSON.stringify(thisProcess())}
`);
      await handle.close();
      break;
    } catch (error) {
      if (error.code !== "EEXIST")
        throw new FlattenError("io", `${what}: cannot lock ${dir}: ${error.message}`, { cause: error });
    }
    const info = await stat5(path).catch(() => void 0);
    if (info === void 0) continue;
    const owner = parseIdentity(await readFile6(path, "utf8").catch(() => ""));
    const now = Date.now();
    if (observed === void 0 || observed.mtimeMs !== info.mtimeMs || observed.ino !== info.ino)
      observed = { mtimeMs: info.mtimeMs, ino: info.ino, since: now };
    if (owner !== void 0 && provablyGone(owner) || now - observed.since > STALE_MS2) {
      const again = await stat5(path).catch(() => void 0);
      if (again !== void 0 && again.ino === info.ino && again.mtimeMs === info.mtimeMs) await rm7(path, { force: true });
      observed = void 0;
      continue;
    }
    const holder = owner === void 0 ? `an unknown process (${path})` : describeOwner(owner);
    if (!said && now - started > SAY_AFTER_MS) {
      said = true;
      options.onWait?.(`${what}: waiting for the lock on ${dir}, held by ${holder}`);
    }
    if (now - started > WAIT_MS) {
      throw new FlattenError(
        "io",
        `${what}: ${dir} has been locked for ${Math.round((now - started) / 1e3)} s by ${holder}, which is still refreshing the lock (${path})`
      );
    }
    await sleep4(
      Math.min(200, 10 * 2 ** Math.min(attempt, 5)) + Math.random() * 20,
      void 0,
      signal === void 0 ? void 0 : { signal }
    );
  }
  const refresh = setInterval(() => {
    const now = /* @__PURE__ */ new Date();
    utimes(path, now, now).catch(() => void 0);
  }, REFRESH_MS2);
  try {
    return await work();
  } finally {
    clearInterval(refresh);
    await rm7(path, { force: true });
  }
}

// src/referrers/layout-discovery.ts
import { Buffer as Buffer8 } from "node:buffer";
var MAX_ARTIFACT_MANIFEST = 4 * 1024 * 1024;
async function layoutReferrers(entries, subject, artifactType, read2) {
  const found = [];
  for (const entry of entries) {
    if (entry.digest === subject.digest || entry.size > MAX_ARTIFACT_MANIFEST) continue;
    if (!isImageManifestMediaType(entry.mediaType) && !isIndexMediaType(entry.mediaType)) continue;
    if (artifactType !== void 0 && entry.artifactType !== artifactType) continue;
    let parsed;
    try {
      parsed = JSON.parse(Buffer8.from(await read2(entry)).toString("utf8"));
    } catch {
      continue;
    }
    if (parsed.subject?.digest !== subject.digest || found.some((f) => f.descriptor.digest === entry.digest)) continue;
    const descriptor = { mediaType: entry.mediaType, digest: entry.digest, size: entry.size };
    if (entry.artifactType !== void 0) descriptor.artifactType = entry.artifactType;
    found.push({ descriptor, origin: { kind: "referrer" } });
  }
  return found;
}

// src/transport/oci-layout.ts
var REF_NAME = "org.opencontainers.image.ref.name";
var LAYOUT_VERSION = "1.0.0";
var describe3 = (dir, tag) => `oci:${dir}${tag === void 0 ? "" : `:${tag}`}`;
async function readLayoutIndex(dir, what) {
  const marker = await readOptionalFile(join11(dir, "oci-layout"));
  if (marker === void 0) return void 0;
  let version;
  try {
    version = JSON.parse(marker.toString("utf8")).imageLayoutVersion;
  } catch {
    throw contentError(`${what}: oci-layout is not valid JSON`);
  }
  if (!distribution_default.string(version) || !version.startsWith("1.")) {
    throw contentError(`${what}: unsupported imageLayoutVersion ${JSON.stringify(version)}`);
  }
  const bytes = await readOptionalFile(join11(dir, "index.json"));
  if (bytes === void 0) throw contentError(`${what}: the layout has no index.json`);
  let json;
  try {
    json = JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    throw contentError(`${what}: index.json is not valid JSON: ${error.message}`);
  }
  if (!distribution_default.plainObject(json) || json.schemaVersion !== 2 || !distribution_default.array(json.manifests)) {
    throw contentError(`${what}: index.json is not an image index`);
  }
  for (const [i, d] of json.manifests.entries()) checkDescriptor(d, `${what}: index.json manifests[${i}]`);
  return json;
}
function selectEntry(index, tag, what) {
  const tags = index.manifests.map((d) => d.annotations?.[REF_NAME]).filter((t) => t !== void 0);
  const known = tags.length === 0 ? "it has no tagged images" : `its tags: ${tags.join(", ")}`;
  if (tag === void 0) {
    const [only, ...others] = index.manifests.filter((d) => d.artifactType === void 0 || d.annotations?.[REF_NAME] !== void 0);
    if (only === void 0) throw usageError(`${what}: the layout holds no images`);
    if (others.length > 0) throw usageError(`${what}: the layout holds ${index.manifests.length} images, name one (${known})`);
    return only;
  }
  const found = index.manifests.filter((d) => d.annotations?.[REF_NAME] === tag);
  if (found.length === 0) throw usageError(`${what}: no image tagged "${tag}" in the layout (${known})`);
  if (found.length > 1) throw contentError(`${what}: index.json has ${found.length} entries tagged "${tag}"`);
  return found[0];
}
async function readManifestBlob(dir, descriptor, where2) {
  const bytes = await readVerifiedBlob(dir, descriptor, where2);
  const raw = { bytes, mediaType: descriptor.mediaType, digest: descriptor.digest };
  return { ...raw, mediaType: parseManifest(raw, where2).mediaType };
}
async function openOciLayoutSource(dir, tag, options = {}) {
  const description = options.description ?? describe3(dir, tag);
  const index = await readLayoutIndex(dir, description);
  if (index === void 0) throw usageError(`${description}: not an OCI image layout (no oci-layout file)`);
  const root = selectEntry(index, tag, description);
  return {
    description,
    getRootManifest: async () => readManifestBlob(dir, root, description),
    getManifest: async (descriptor) => readManifestBlob(dir, descriptor, description),
    getBlob: async (descriptor) => openVerifiedBlob(dir, descriptor, description),
    getBlobBytes: async (descriptor) => readVerifiedBlob(dir, descriptor, description),
    referrers: async (subject, referrersOptions) => {
      const current = await readLayoutIndex(dir, description) ?? index;
      return layoutReferrers(current.manifests, subject, referrersOptions?.artifactType, (d) => readVerifiedBlob(dir, d, description));
    },
    close: async () => {
    }
  };
}
async function openOciLayoutTarget(dir, tag, options = {}) {
  const description = options.description ?? describe3(dir, tag);
  const temps = /* @__PURE__ */ new Set();
  const added = /* @__PURE__ */ new Set();
  const inflight = /* @__PURE__ */ new Set();
  const stop = new AbortController();
  let createdDir = false;
  if (await readLayoutIndex(dir, description) === void 0) {
    createdDir = await mkdir4(dir, { recursive: true }) !== void 0;
    await withLayoutLock(
      dir,
      description,
      async () => {
        if (await readLayoutIndex(dir, description) !== void 0) return;
        const entries = await readdir3(dir);
        if (entries.some((name) => name !== LOCK_NAME && name !== MARKER)) {
          throw usageError(`${description}: ${dir} exists and is not an OCI image layout; use an empty or new directory`);
        }
        await mkdir4(join11(dir, "blobs", "sha256"), { recursive: true });
        const empty = { schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [] };
        await writeFileAtomic(join11(dir, "index.json"), JSON.stringify(empty), temps);
        await writeFileAtomic(join11(dir, "oci-layout"), JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }), temps);
      },
      { onWait: options.onNote }
    );
  }
  const track = (work) => {
    inflight.add(work);
    void work.finally(() => inflight.delete(work)).catch(() => {
    });
    return work;
  };
  const signalFor = (signal) => signal === void 0 ? stop.signal : AbortSignal.any([stop.signal, signal]);
  const storeBytes = async (bytes, descriptor) => {
    if (await writeVerifiedBlob(dir, descriptor, Readable5.from([Buffer.from(bytes)]), description, temps)) {
      added.add(descriptor.digest);
    }
  };
  const storeManifest2 = async (manifest) => {
    if (sha256Digest(manifest.bytes) !== manifest.digest && !manifest.digest.startsWith("sha512:")) {
      throw contentError(`${description}: manifest bytes do not match ${manifest.digest}`);
    }
    const descriptor = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.byteLength };
    await storeBytes(manifest.bytes, descriptor);
    return descriptor;
  };
  return {
    description,
    family: "oci",
    existing: async () => {
      const index = await readLayoutIndex(dir, description);
      const images = index?.manifests.filter((d) => d.artifactType === void 0 || d.annotations?.[REF_NAME] !== void 0) ?? [];
      const named = images.some((m) => tag === void 0 ? images.length === 1 : m.annotations?.[REF_NAME] === tag);
      return named ? openOciLayoutSource(dir, tag, { description }) : void 0;
    },
    hasBlob: async (descriptor) => hasBlobFile(dir, descriptor, description),
    storedBlob: async (descriptor) => openVerifiedBlob(dir, descriptor, description),
    putBlob: (descriptor, open4, putOptions) => track(
      (async () => {
        if (await hasBlobFile(dir, descriptor, description)) return "existed";
        const source = await open4();
        if (!await writeVerifiedBlob(dir, descriptor, source, description, temps, signalFor(putOptions?.signal)))
          return "existed";
        added.add(descriptor.digest);
        return "uploaded";
      })()
    ),
    // The merged layer lands in the layout as it is made: no spool, no second merge (docs/temp-budget.md).
    streamBlob: (open4, final, streamOptions) => track(
      (async () => {
        const signal = signalFor(streamOptions?.signal);
        const written = await writeStreamedBlob(dir, open4, final, description, temps, {
          signal,
          onNotStored: streamOptions?.onNotStored
        });
        if (written?.outcome === "uploaded") added.add(written.descriptor.digest);
        return written?.outcome;
      })()
    ),
    putManifest: async (manifest) => {
      await track(storeManifest2(manifest));
    },
    commit: async (manifest, signal) => {
      const descriptor = await track(storeManifest2(manifest));
      await withLayoutLock(
        dir,
        description,
        async () => {
          const current = await readLayoutIndex(dir, description) ?? {
            schemaVersion: 2,
            mediaType: MediaType.ociIndex,
            manifests: []
          };
          const kept = current.manifests.filter((d) => d.annotations?.[REF_NAME] !== tag);
          const entry = tag === void 0 ? descriptor : { ...descriptor, annotations: { [REF_NAME]: tag } };
          const next = { ...current, manifests: [...kept, entry] };
          await writeFileAtomic(join11(dir, "index.json"), JSON.stringify(next), temps);
        },
        { signal, onWait: options.onNote }
      );
      added.clear();
      return `${describe3(dir, tag)}@${manifest.digest}`;
    },
    putReferrer: async (manifest, _subject, signal) => {
      await track(storeManifest2(manifest));
      await withLayoutLock(
        dir,
        description,
        async () => {
          const current = await readLayoutIndex(dir, description) ?? { schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [] };
          if (current.manifests.some((d) => d.digest === manifest.digest && d.annotations?.[REF_NAME] === void 0)) return;
          const next = { ...current, manifests: [...current.manifests, referrerDescriptor(manifest)] };
          await writeFileAtomic(join11(dir, "index.json"), JSON.stringify(next), temps);
        },
        { signal, onWait: options.onNote }
      );
      added.clear();
      return "layout";
    },
    abort: async () => {
      stop.abort();
      await Promise.allSettled([...inflight]);
      await Promise.all([...temps].map((temp) => rm8(temp, { force: true })));
      if (createdDir) {
        await rm8(dir, { recursive: true, force: true });
        return;
      }
      await Promise.all([...added].map((digest) => rm8(blobPath(dir, digest, description), { force: true })));
      added.clear();
    },
    close: async () => {
      await Promise.allSettled([...inflight]);
    }
  };
}

// src/transport/oci-archive.ts
var LAYOUT_MEMBER = /^(oci-layout|index\.json|blobs\/(sha256\/[a-f0-9]{64}|sha512\/[a-f0-9]{128}))$/;
var describe4 = (file, tag) => `oci-archive:${file}${tag === void 0 ? "" : `:${tag}`}`;
var exists = async (path) => stat6(path).then(
  () => true,
  (error) => {
    if (error.code === "ENOENT") return false;
    throw ioError(`reading ${path}`, error);
  }
);
async function openOciArchiveSource(file, tag, stagingParent = tmpdir2()) {
  const description = describe4(file, tag);
  if (!await exists(file)) throw usageError(`${description}: ${file} does not exist`);
  const staging = await mkdtemp3(join12(stagingParent, "oci-archive-"));
  try {
    await extractArchive(file, staging, (name) => LAYOUT_MEMBER.test(name), description);
    const layout = await openOciLayoutSource(staging, tag, { description });
    return {
      ...layout,
      close: async () => {
        await layout.close();
        await rm9(staging, { recursive: true, force: true });
      }
    };
  } catch (error) {
    await rm9(staging, { recursive: true, force: true });
    throw error;
  }
}
async function openOciArchiveTarget(file, tag) {
  const description = describe4(file, tag);
  const owned = await createOwnedDir(dirname6(file), stagingPrefix(file)).catch((error) => {
    throw ioError(`${description}: creating a staging directory next to ${file}`, error, dirname6(file));
  });
  const staging = owned.path;
  const cleanup = () => {
    owned.release();
    return rm9(staging, { recursive: true, force: true });
  };
  let layout;
  try {
    if (await exists(file)) await extractArchive(file, staging, (name) => LAYOUT_MEMBER.test(name), description);
    layout = await openOciLayoutTarget(staging, tag, { description });
  } catch (error) {
    await cleanup();
    throw error;
  }
  return {
    description,
    family: "oci",
    hasBlob: (descriptor, signal) => layout.hasBlob(descriptor, signal),
    putBlob: (descriptor, open4, options) => layout.putBlob(descriptor, open4, options),
    streamBlob: (open4, final, options) => layout.streamBlob(open4, final, options),
    storedBlob: async (descriptor, signal) => layout.storedBlob(descriptor, signal),
    putManifest: (manifest, signal) => layout.putManifest(manifest, signal),
    commit: async (manifest, signal) => {
      await layout.commit(manifest, signal);
      await writeArchive(file, await layoutMembers(staging), signal, staging);
      await cleanup();
      return `${description}@${manifest.digest}`;
    },
    abort: async () => {
      await layout.abort();
      await cleanup();
    },
    close: async () => {
      await layout.close();
      await cleanup();
    }
  };
}
async function layoutMembers(dir) {
  const members = [
    { name: "oci-layout", source: join12(dir, "oci-layout") },
    { name: "index.json", source: join12(dir, "index.json") },
    { name: "blobs/" }
  ];
  for (const algorithm of (await readdir4(join12(dir, "blobs"))).sort()) {
    members.push({ name: `blobs/${algorithm}/` });
    for (const name of (await readdir4(join12(dir, "blobs", algorithm))).sort()) {
      if (!LAYOUT_MEMBER.test(`blobs/${algorithm}/${name}`)) continue;
      members.push({ name: `blobs/${algorithm}/${name}`, source: join12(dir, "blobs", algorithm, name) });
    }
  }
  return members;
}

// src/transport/local.ts
var OCI_REF_NAME = /^[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*(?:\/[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*)*$/;
var TRANSPORTS = ["oci", "oci-archive", "docker-archive"];
var isLocalName = (text4) => TRANSPORTS.some((t) => text4.startsWith(`${t}:`));
function parseLocalName(text4) {
  const transport = TRANSPORTS.find((t) => text4.startsWith(`${t}:`));
  if (transport === void 0) throw usageError(`${displayText(text4)} is not an oci:, oci-archive: or docker-archive: name`);
  const rest = text4.slice(transport.length + 1);
  const colon = rest.indexOf(":");
  const path = colon === -1 ? rest : rest.slice(0, colon);
  let tag = colon === -1 ? void 0 : rest.slice(colon + 1);
  if (path === "") throw usageError(`${displayText(text4)} names no ${transport === "oci" ? "directory" : "file"}`);
  if (tag === "") throw usageError(`${displayText(text4)} has an empty tag after the path`);
  if (transport === "docker-archive" && tag !== void 0) {
    if (tag.includes("@")) throw usageError(`${displayText(text4)}: a docker-archive name takes a tag, not a digest`);
    const lastSlash = tag.lastIndexOf("/");
    if (!tag.slice(lastSlash + 1).includes(":")) tag = `${tag}:latest`;
  } else if (tag !== void 0 && !OCI_REF_NAME.test(tag)) {
    throw usageError(
      `${displayText(text4)}: the tag ${displayText(tag)} must match the OCI ref.name grammar (letters, digits and . _ - : @ + separators, components joined by /)`
    );
  }
  if (transport === "docker-archive" && tag !== void 0) parseReference(tag);
  return { transport, path, tag };
}
async function openLocalSource(name, stagingParent) {
  const { transport, path, tag } = typeof name === "string" ? parseLocalName(name) : name;
  if (transport === "oci") return openOciLayoutSource(path, tag);
  if (transport === "oci-archive") return openOciArchiveSource(path, tag, stagingParent);
  return openDockerArchiveSource(path, tag, stagingParent);
}
async function openLocalTarget(name, onNote) {
  const { transport, path, tag } = typeof name === "string" ? parseLocalName(name) : name;
  if (transport === "oci") return openOciLayoutTarget(path, tag, { onNote });
  if (transport === "oci-archive") return openOciArchiveTarget(path, tag);
  return openDockerArchiveTarget(path, tag);
}

// src/transport/location.ts
var DOCKER_PREFIX = "docker://";
function parseLocation(name) {
  if (isLocalName(name)) {
    const local = parseLocalName(name);
    return { kind: local.transport, name, local };
  }
  return { kind: "registry", name, reference: parseReference(name.startsWith(DOCKER_PREFIX) ? name.slice(DOCKER_PREFIX.length) : name) };
}
function sameImageLocation(source, target) {
  if (source.kind !== "registry" || target.kind !== "registry") {
    if (source.kind === "registry" || target.kind === "registry") return false;
    const a2 = source.local;
    const b2 = target.local;
    return a2.transport === b2.transport && a2.path.replace(/\/+$/, "") === b2.path.replace(/\/+$/, "") && a2.tag === b2.tag;
  }
  const a = source.reference;
  const b = target.reference;
  return registryHost(a.registry) === registryHost(b.registry) && a.repository === b.repository && b.tag !== void 0 && b.digest === void 0 && a.tag === b.tag;
}

// src/referrers/registry-discovery.ts
async function registryReferrers(client, repo, subject, options = {}) {
  const { descriptors } = await client.referrers(repo, subject.digest, { artifactType: options.artifactType, signal: options.signal });
  const found = descriptors.map((descriptor) => ({ descriptor, origin: { kind: "referrer" } }));
  if (options.artifactType === void 0) {
    for (const { tag, manifest } of await client.cosignTags(repo, subject.digest, options.signal, options.onProblem)) {
      if (found.some((f) => f.descriptor.digest === manifest.digest)) continue;
      found.push({
        descriptor: { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.byteLength },
        origin: { kind: "cosign-tag", tag }
      });
    }
  }
  return found;
}

// src/transport/registry.ts
function clientFor(ref, options) {
  if (options.client !== void 0) return { client: options.client, owned: false };
  const { credentials, credentialStore, ...clientOptions2 } = options;
  const explicit = credentials === void 0 ? void 0 : { [ref.registry]: credentials };
  const store = credentialStore ?? createCredentialStore(explicit === void 0 ? {} : { explicit });
  const wrapped = credentialStore !== void 0 && explicit !== void 0 ? {
    get: async (registry, repository) => explicit[registry] ?? store.get(registry, repository),
    searched: (registry) => store.searched(registry)
  } : store;
  return { client: createRegistryClient({ ...clientOptions2, credentials: wrapped }), owned: true };
}
var isRegistrySource = (source) => source !== void 0 && source.kind === "registry";
function registrySource(ref, options = {}) {
  const { client, owned } = clientFor(ref, options);
  const reference = ref.digest ?? ref.tag ?? "latest";
  return {
    kind: "registry",
    reference: ref,
    description: ref.toString(),
    getRootManifest: (signal) => client.getManifest(ref, reference, signal),
    async getManifest(descriptor, signal) {
      const manifest = await client.getManifest(ref, descriptor.digest, signal);
      if (manifest.bytes.length !== descriptor.size) {
        throw contentError(
          `manifest ${descriptor.digest} of ${ref.toString()}: ${manifest.bytes.length} bytes, descriptor says ${descriptor.size}`
        );
      }
      return manifest;
    },
    getBlob: (descriptor, signal) => client.getBlob(ref, descriptor, signal),
    getBlobBytes: (descriptor, signal) => client.getBlobBytes(ref, descriptor, signal),
    referrers: (subject, referrersOptions) => registryReferrers(client, ref, subject, referrersOptions),
    close: async () => {
      if (owned) await client.close();
    }
  };
}
function registryTarget(ref, options = {}) {
  const { client, owned } = clientFor(ref, options);
  const counts = { existing: 0, mounted: 0, uploaded: 0 };
  return {
    kind: "registry",
    reference: ref,
    description: ref.toString(),
    hasBlob: (descriptor, signal) => client.hasBlob(ref, descriptor.digest, signal),
    preflight: (signal) => client.checkPush(ref, signal),
    async cancelUploads(sessions) {
      const ours = sessions.filter((s) => s.registry === ref.registry);
      const results = await Promise.all(ours.map((s) => client.cancelUpload(s.registry, s.location)));
      return results.filter(Boolean).length;
    },
    async putBlob(descriptor, open4, putOptions) {
      const signal = putOptions?.signal;
      if (await client.hasBlob(ref, descriptor.digest, signal)) {
        counts.existing++;
        return "existed";
      }
      const from = putOptions?.mountFrom;
      const mountFrom = isRegistrySource(from) && registryHost(from.reference.registry) === registryHost(ref.registry) && from.reference.repository !== ref.repository ? from.reference.repository : void 0;
      const outcome = await client.putBlob(ref, descriptor, open4, {
        ...mountFrom === void 0 ? {} : { mountFrom },
        ...signal === void 0 ? {} : { signal }
      });
      counts[outcome]++;
      return outcome;
    },
    async streamBlob(open4, final, streamOptions) {
      const result = await client.streamBlob(ref, open4, final, streamOptions?.signal === void 0 ? {} : { signal: streamOptions.signal });
      if (result.outcome === "not-stored") {
        if (result.reason === "refused" || result.reason === "failed")
          streamOptions?.onNotStored?.(result.error instanceof Error ? result.error.message : String(result.error));
        return void 0;
      }
      const outcome = result.outcome === "existed" ? "existing" : "uploaded";
      counts[outcome]++;
      return result.outcome;
    },
    storedBlob: (descriptor, signal) => client.getBlob(ref, descriptor, signal),
    putManifest: (manifest, signal) => client.putManifest(ref, manifest.digest, manifest, signal),
    putReferrer: (manifest, subject, signal) => client.putReferrer(ref, manifest, subject, signal),
    readTagged: (tag, signal) => client.findManifest(ref, tag, signal),
    putTagged: (manifest, tag, signal) => client.putManifest(ref, tag, manifest, signal),
    async commit(manifest, signal) {
      if (ref.digest !== void 0 && ref.digest !== manifest.digest) {
        throw usageError(
          `target ${ref.toString()} names digest ${ref.digest} but the image is ${manifest.digest}; drop the digest from the target`
        );
      }
      await client.putManifest(ref, ref.tag ?? manifest.digest, manifest, signal);
      return `${ref.registry}/${ref.repository}${ref.tag === void 0 ? "" : `:${ref.tag}`}@${manifest.digest}`;
    },
    // Nothing to undo: blobs without a manifest are invisible and the tag was not touched.
    abort: async () => void 0,
    close: async () => {
      if (owned) await client.close();
    },
    transfers: () => ({ ...counts }),
    async existing(signal) {
      if (ref.tag === void 0 && ref.digest === void 0) return void 0;
      const found = await client.headManifest(ref, ref.digest ?? ref.tag ?? "latest", signal);
      return found === void 0 ? void 0 : registrySource(ref, { ...options, client });
    }
  };
}

// src/transport/open.ts
function clientOptions(options) {
  return {
    ...options.insecureHosts === void 0 ? {} : { insecure: options.insecureHosts },
    ...options.retry === void 0 ? {} : { retry: options.retry },
    ...options.timeoutMs === void 0 ? {} : { timeoutMs: options.timeoutMs },
    ...options.speedLimit === void 0 ? {} : { speedLimit: options.speedLimit },
    ...options.onUploadSession === void 0 ? {} : { onUploadSession: options.onUploadSession },
    ...options.certsDirectory === void 0 ? {} : { certsDirectory: options.certsDirectory },
    ...options.onLog === void 0 ? {} : { onLog: options.onLog },
    ...options.hosts === void 0 ? {} : { hosts: options.hosts }
  };
}
var credentialStoreFor = (options, explicit) => createCredentialStore({
  ...explicit === void 0 ? {} : { explicit },
  ...options.credentialsFile === void 0 ? {} : { configFile: options.credentialsFile },
  ...options.credentials === void 0 ? {} : { provider: options.credentials }
});
function registryOptions(options, reference, credentials) {
  if (options.client !== void 0) return { client: options.client };
  return {
    ...clientOptions(options),
    credentialStore: credentialStoreFor(options, credentials === void 0 ? void 0 : { [reference.registry]: credentials })
  };
}
function pairClient(source, target, options) {
  if (options.client !== void 0 || source.kind !== "registry" || target?.kind !== "registry") return void 0;
  const a = source.reference.registry;
  const b = target.reference.registry;
  const { sourceCredentials, targetCredentials } = options;
  if (a === b && sourceCredentials !== void 0 && targetCredentials !== void 0 && sourceCredentials !== targetCredentials) {
    return void 0;
  }
  const explicit = {};
  if (targetCredentials !== void 0) explicit[b] = targetCredentials;
  if (sourceCredentials !== void 0) explicit[a] = sourceCredentials;
  return createRegistryClient({
    ...clientOptions(options),
    credentials: credentialStoreFor(options, Object.keys(explicit).length === 0 ? void 0 : explicit)
  });
}
var locationOf2 = (name) => typeof name === "string" ? parseLocation(name) : name;
var located = (opened, location) => Object.assign(opened, { location });
async function openSource(name, options = {}) {
  const location = locationOf2(name);
  if (location.kind !== "registry") return located(await openLocalSource(location.local, options.stagingDirectory), location);
  return located(registrySource(location.reference, registryOptions(options, location.reference, options.sourceCredentials)), location);
}
async function openTarget(name, options = {}) {
  const location = locationOf2(name);
  if (location.kind !== "registry") return located(await openLocalTarget(location.local, options.onNote), location);
  return located(registryTarget(location.reference, registryOptions(options, location.reference, options.targetCredentials)), location);
}
var sameLocation = (source, target) => sameImageLocation(locationOf2(source), locationOf2(target));

// src/pipeline/base-layers.ts
async function readBaseDiffIds(reference, options) {
  const base = await openSource(reference, options.transport);
  const diffIdsOf = async (parsed) => {
    if (parsed.kind !== "image") throw optionError("base", `options.base ${reference}: nested indexes are not supported as a base`);
    const config = parseConfig(await base.getBlobBytes(parsed.manifest.config, options.signal), base.description);
    return config.rootfs.diff_ids;
  };
  try {
    const root = parseManifest(await base.getRootManifest(options.signal), base.description);
    if (root.kind === "image") {
      const diffIds = await diffIdsOf(root);
      return () => diffIds;
    }
    const byPlatform = [];
    for (const child of root.index.manifests) {
      if (isAttestation(child)) continue;
      const parsed = parseManifest(await base.getManifest(child, options.signal), `${base.description}@${child.digest}`);
      byPlatform.push({ platform: child.platform, diffIds: await diffIdsOf(parsed) });
    }
    return (platform) => {
      if (platform === void 0 && byPlatform[0] !== void 0) return byPlatform[0].diffIds;
      const match = byPlatform.find(
        (b) => platform !== void 0 && b.platform !== void 0 && matchesPlatform(b.platform, {
          os: platform.os,
          architecture: platform.architecture,
          ...platform.variant === void 0 ? {} : { variant: platform.variant }
        })
      );
      if (match === void 0) throw optionError("base", `options.base ${reference} has no image for platform ${formatPlatform(platform)}`);
      return match.diffIds;
    };
  } finally {
    await base.close();
  }
}
var BASE_NAME = "org.opencontainers.image.base.name";
var BASE_DIGEST = "org.opencontainers.image.base.digest";
function annotatedBase(...annotationSets) {
  for (const annotations of annotationSets) {
    const name = annotations?.[BASE_NAME];
    const digest = annotations?.[BASE_DIGEST];
    if (name === void 0 || name === "") continue;
    if (digest === void 0 || digest === "") return name;
    const untagged = name.replace(/@.*$/, "").replace(/:[^/:]*$/, "");
    return `${untagged}@${digest}`;
  }
  return void 0;
}

// src/pipeline/keep-choice.ts
async function createKeepChooser(options) {
  const autoBase = options.base === "auto";
  const read2 = { transport: options.transport, signal: options.signal };
  const baseDiffIds = options.base === void 0 || autoBase ? void 0 : await readBaseDiffIds(options.base, read2);
  const annotatedBaseDiffIds = /* @__PURE__ */ new Map();
  return async (manifest, label, platform, indexAnnotations) => {
    if (!autoBase) return baseDiffIds === void 0 ? { count: options.keepBase ?? 0 } : { baseDiffIds: baseDiffIds(platform) };
    const reference = annotatedBase(manifest.manifest.annotations, indexAnnotations);
    if (reference === void 0) {
      throw optionError(
        "base",
        `options.base auto: ${label} names no base image (no ${BASE_NAME} annotation); name it with options.base REF or count its layers with options.keepBase N`
      );
    }
    let lookup3 = annotatedBaseDiffIds.get(reference);
    if (lookup3 === void 0) {
      lookup3 = readBaseDiffIds(reference, read2);
      annotatedBaseDiffIds.set(reference, lookup3);
    }
    options.progress({ type: "note", message: `${label}: base ${reference} (from its annotations)` });
    return { baseDiffIds: (await lookup3)(platform) };
  };
}

// src/pipeline/progress.ts
var noProgress = () => {
};

// src/pipeline/select-children.ts
async function selectChildren(source, root, selectors, progress, dropped, signal) {
  const selected = [];
  const offered = [];
  const walk2 = async (index, depth) => {
    if (depth > 4) throw usageError(`${source.description}: indexes nested more than 4 deep`);
    for (const descriptor of index.index.manifests) {
      if (isAttestation(descriptor)) {
        dropped.push({ digest: descriptor.digest, reason: "attestation" });
        progress({
          type: "note",
          message: `attestation manifest ${descriptor.digest} is not copied into the new index: it describes the unflattened image`
        });
        continue;
      }
      if (descriptor.platform !== void 0) offered.push(formatPlatform(descriptor.platform));
      if (selectors.length > 0 && !selectors.some((s) => matchesPlatform(descriptor.platform, s))) {
        dropped.push({ digest: descriptor.digest, reason: `platform ${formatPlatform(descriptor.platform)} not selected` });
        continue;
      }
      const parsed = parseManifest(await source.getManifest(descriptor, signal), `${source.description}@${descriptor.digest}`);
      if (parsed.kind === "index") await walk2(parsed, depth + 1);
      else selected.push({ descriptor, parsed });
    }
  };
  await walk2(root, 0);
  if (selected.length === 0) {
    const wanted = selectors.map((s) => [s.os, s.architecture, s.variant].filter(Boolean).join("/")).join(", ");
    const has = offered.length === 0 ? "no platforms" : `only ${offered.join(", ")}`;
    throw usageError(`${source.description} has no image for ${wanted === "" ? "any platform" : `platform ${wanted}`}: it has ${has}`);
  }
  return selected;
}
async function checkSingleImagePlatform(source, root, selectors, signal) {
  const config = parseConfig(await source.getBlobBytes(root.manifest.config, signal), source.description);
  const platform = {
    os: String(config.os ?? ""),
    architecture: String(config.architecture ?? ""),
    ...typeof config.variant === "string" ? { variant: config.variant } : {}
  };
  if (!selectors.some((s) => matchesPlatform(platform, s))) {
    const wanted = selectors.map((s) => [s.os, s.architecture, s.variant].filter(Boolean).join("/")).join(", ");
    throw usageError(`${source.description} is a single ${formatPlatform(platform)} image, not ${wanted}`);
  }
}

// src/pipeline/preflight.ts
import { mkdtemp as mkdtemp4, readFile as readFile8, rmdir, stat as stat8 } from "node:fs/promises";
import { dirname as dirname7, join as join15, resolve as resolve2 } from "node:path";

// src/pipeline/temp-dir.ts
import { existsSync } from "node:fs";
import { readdir as readdir5, rm as rm10, stat as stat7 } from "node:fs/promises";
import { tmpdir as tmpdir3 } from "node:os";
import { join as join14 } from "node:path";
import { setTimeout as sleep5 } from "node:timers/promises";

// src/pipeline/upload-journal.ts
import { appendFileSync } from "node:fs";
import { readFile as readFile7 } from "node:fs/promises";
import { join as join13 } from "node:path";
var JOURNAL = "upload-sessions.jsonl";
var key = (location) => {
  try {
    const url = new URL(location);
    return `${url.origin}${url.pathname}`;
  } catch {
    return location;
  }
};
function journalWriter(dir) {
  return (event) => {
    try {
      appendFileSync(join13(dir, JOURNAL), `${JSON.stringify(event)}
`);
    } catch {
    }
  };
}
async function openSessions(dir) {
  const text4 = await readFile7(join13(dir, JOURNAL), "utf8").catch(() => "");
  const last = /* @__PURE__ */ new Map();
  for (const line of text4.split("\n")) {
    try {
      const event = JSON.parse(line);
      if (typeof event.registry === "string" && typeof event.location === "string") last.set(key(event.location), event);
    } catch {
    }
  }
  return [...last.values()].filter((e) => e.open).map(({ registry, location }) => ({ registry, location }));
}

// src/pipeline/temp-dir.ts
var TEMP_PREFIX = "oci-flatten-";
var REMOVE_ATTEMPTS = 5;
var REMOVE_PAUSE_MS = 20;
async function createTempDir(parent = tmpdir3()) {
  const { path, release } = await createOwnedDir(parent, TEMP_PREFIX);
  return {
    path,
    async size() {
      const entries = await readdir5(path, { recursive: true, withFileTypes: true });
      const sizes = await Promise.all(
        entries.filter((entry) => entry.isFile() && entry.name !== MARKER && entry.name !== JOURNAL).map(async (entry) => (await stat7(join14(entry.parentPath, entry.name))).size)
      );
      return sizes.reduce((sum, size) => sum + size, 0);
    },
    async remove() {
      release();
      for (let attempt = 1; ; attempt++) {
        try {
          await rm10(path, { recursive: true, force: true, maxRetries: 2 });
        } catch (error) {
          if (attempt >= REMOVE_ATTEMPTS) throw error;
        }
        if (!existsSync(path) || attempt >= REMOVE_ATTEMPTS) return;
        await sleep5(REMOVE_PAUSE_MS);
      }
    }
  };
}

// src/pipeline/preflight.ts
var errnoOf = (error) => {
  const code = error.code;
  return typeof code === "string" ? code : error instanceof Error ? error.message : String(error);
};
async function checkCredentialsFile(file) {
  if (file === void 0) return;
  try {
    await readFile8(file);
  } catch (error) {
    throw new FlattenError("io", `options.transport.credentialsFile ${file} cannot be read (${errnoOf(error)})`, { cause: error });
  }
}
async function createRunTempDir(parent) {
  try {
    return await createTempDir(parent);
  } catch (error) {
    const where2 = parent === void 0 ? "the temp directory" : `options.tempDirectory ${parent}`;
    throw new FlattenError("io", `${where2}: cannot create a temp directory there (${errnoOf(error)})`, {
      cause: error,
      hint: "name a writable directory with options.tempDirectory"
    });
  }
}
var PREFLIGHT_ATTEMPTS = 2;
var PREFLIGHT_TOTAL_MS = 2e3;
var PREFLIGHT_TIMEOUT_MS = 1e4;
async function checkTarget(location, transport, signal) {
  const { name } = location;
  if (location.kind === "registry") {
    const attempts = Math.min(PREFLIGHT_ATTEMPTS, transport.retry?.attempts ?? PREFLIGHT_ATTEMPTS);
    const target = await openTarget(location, {
      ...transport,
      retry: { ...transport.retry, attempts, totalTimeMs: PREFLIGHT_TOTAL_MS },
      timeoutMs: Math.min(transport.timeoutMs ?? PREFLIGHT_TIMEOUT_MS, PREFLIGHT_TIMEOUT_MS)
    });
    try {
      await target.preflight?.(signal);
    } catch (error) {
      throw sided(error, "target", name);
    } finally {
      await target.close().catch(() => void 0);
    }
    return;
  }
  const { path } = location.local;
  await checkWritableDirectory(location.kind === "oci" ? path : dirname7(resolve2(path)), name);
  if (location.kind !== "oci") {
    const existing = await stat8(path).catch(() => void 0);
    if (existing?.isDirectory() === true) throw new FlattenError("usage", `target ${name}: ${path} is a directory, not an archive file`);
  }
}
async function checkWritableDirectory(dir, name) {
  let current = resolve2(dir);
  for (; ; ) {
    const found = await stat8(current).catch((error) => error);
    if (!(found instanceof Error)) {
      if (!found.isDirectory()) throw new FlattenError("io", `target ${name}: ${current} is not a directory`);
      break;
    }
    if (found.code !== "ENOENT" && found.code !== "ENOTDIR" || dirname7(current) === current) {
      throw new FlattenError("io", `target ${name}: ${current} cannot be read (${errnoOf(found)})`, { cause: found });
    }
    current = dirname7(current);
  }
  try {
    await rmdir(await mkdtemp4(join15(current, ".oci-flatten-probe-")));
  } catch (error) {
    throw new FlattenError("io", `target ${name}: cannot write in ${current} (${errnoOf(error)})`, { cause: error });
  }
}
function sided(error, side, name) {
  if (!(error instanceof FlattenError) || error.kind !== "registry" && error.kind !== "auth") return error;
  const message2 = `${side} ${name}: ${error.message}`;
  const hint = error.hint === void 0 ? {} : { hint: error.hint };
  if (error instanceof RegistryError) {
    return new RegistryError(error.kind, message2, {
      cause: error,
      codes: error.codes,
      ...error.status === void 0 ? {} : { status: error.status },
      ...error.registry === void 0 ? {} : { registry: error.registry },
      ...hint
    });
  }
  return new FlattenError(error.kind, message2, { cause: error, ...hint });
}

// src/options/names.ts
import { statSync } from "node:fs";
var DOCKER_PREFIX2 = "docker://";
function describeName(name, side) {
  if (isLocalName(name)) {
    const location = parseLocation(name);
    return { kind: location.kind, location };
  }
  try {
    const location = parseLocation(name);
    const registry = location.kind === "registry" ? location.reference.registry : void 0;
    const hint = name.startsWith(DOCKER_PREFIX2) ? void 0 : pathHint(name, side, false);
    if (hint !== void 0)
      throw usageError(
        `${side} ${name} names a registry image, but ${hint.reason}`,
        `${hint.text}; or write docker://${name} for the registry image`
      );
    return { kind: "registry", ...registry === void 0 ? {} : { registry }, location };
  } catch (error) {
    if (error instanceof FlattenError && error.hint !== void 0) throw error;
    const hint = pathHint(name, side, true);
    if (hint === void 0 || !(error instanceof FlattenError)) throw error;
    throw usageError(error.message, hint.text);
  }
}
function pathHint(name, side, invalid) {
  let kind;
  try {
    const stats = statSync(name);
    kind = stats.isDirectory() ? "directory" : stats.isFile() ? "file" : void 0;
  } catch {
    kind = void 0;
  }
  const pathLike = /^(\/|\.\.?\/|~\/)/.test(name) || /\.(tar|tar\.gz|tgz)$/.test(name);
  if (kind === "directory") return { reason: `${name} is a directory here`, text: `name an OCI image layout as oci:${name}[:TAG]` };
  if (kind === "file") {
    return { reason: `${name} is a file here`, text: `name an archive as docker-archive:${name} (docker save) or oci-archive:${name}` };
  }
  if (!pathLike) return void 0;
  const reason = `${name} looks like a file name`;
  if (side === "target")
    return { reason, text: `to write files, name the target docker-archive:${name}, oci-archive:${name} or oci:${name} (a directory)` };
  return invalid || pathLike ? { reason, text: `${name} does not exist; a local image is named oci:DIR, oci-archive:FILE or docker-archive:FILE` } : void 0;
}

// src/referrers/types.ts
var REFERRERS_MODES = ["auto", "all", "none"];

// src/options/flatten-options.ts
var DEFAULTS = Object.freeze({
  compression: "gzip",
  /** gzip 6: the fastest level within 3% of gzip -9's size (README, Performance). */
  gzipLevel: 6,
  /** zstd's own default. */
  zstdLevel: 3,
  concurrency: 4,
  /** --temp-budget: bytes of temp disk the spools may take at once (docs/temp-budget.md, bench/README.md). */
  tempBudget: 512 * 1024 * 1024
});
var LEVELS = { gzip: [1, 9], zstd: [1, 19] };
var MAX_CONCURRENCY = 64;
var TRANSPORT_DEFAULTS = Object.freeze({
  /** Attempts of a failed registry request, the first included (`retry.attempts`). */
  attempts: DEFAULT_RETRY.attempts,
  timeoutMs: DEFAULT_TIMEOUT_MS,
  speedLimit: Object.freeze({ ...DEFAULT_SPEED_LIMIT })
});
var UPLOAD_STRATEGIES = ["auto", "monolithic", "streamed", "chunked"];
var isWhole = (n) => typeof n === "number" && Number.isSafeInteger(n);
function checkPairs(pairs2, field2) {
  if (pairs2 === void 0) return;
  const option = `options.${field2}`;
  if (typeof pairs2 !== "object" || pairs2 === null) throw optionError(field2, `${option} must be an object of key/value strings`);
  for (const [key2, value] of Object.entries(pairs2)) {
    if (key2 === "") throw optionError(field2, `${option}: a key must not be empty`);
    if (typeof value !== "string") throw optionError(field2, `${option} ${key2}: the value must be a string, not ${typeof value}`);
  }
}
function resolveOptions(input, known = {}) {
  if (typeof input.source !== "string" || input.source === "") throw optionError("source", "no source image given (options.source)");
  if (typeof input.target !== "string" || input.target === "") throw optionError("target", "no target given (options.target)");
  const sourceSide = known.source ?? describeName(input.source, "source");
  const targetSide = known.target ?? describeName(input.target, "target");
  const sourceKind = sourceSide.kind;
  const targetKind = targetSide.kind;
  const warnings = [];
  const toArchive = targetKind === "docker-archive";
  const ociTarget = targetKind === "oci" || targetKind === "oci-archive";
  let compression = input.compression ?? DEFAULTS.compression;
  if (!["gzip", "zstd", "none"].includes(compression)) {
    throw optionError("compression", `options.compression ${JSON.stringify(compression)} is not one of gzip, zstd, none`);
  }
  let level;
  if (compression !== "none") {
    const [min, max] = LEVELS[compression];
    if (input.level !== void 0 && (!isWhole(input.level) || input.level < min || input.level > max)) {
      throw optionError("level", `options.level ${String(input.level)} is out of range for ${compression} (${min} to ${max})`);
    }
    level = input.level ?? (compression === "gzip" ? DEFAULTS.gzipLevel : DEFAULTS.zstdLevel);
  } else if (input.level !== void 0) {
    warnings.push(`options.level ${String(input.level)} has no effect with options.compression none`);
  }
  const format = input.format;
  if (format !== void 0 && format !== "oci" && format !== "docker") {
    throw optionError("format", `options.format ${JSON.stringify(format)} is not one of oci, docker`);
  }
  if (format === "docker" && compression === "zstd" && !toArchive) {
    throw optionError(
      "compression",
      "options.compression zstd with options.format docker: zstd layers exist only in the OCI format",
      "drop options.format docker, or use options.compression gzip"
    );
  }
  if (format === "docker" && ociTarget) {
    throw optionError(
      "format",
      `options.format docker into ${input.target}: an OCI layout holds OCI manifests (skopeo and umoci do not read a Docker manifest there)`,
      "drop options.format docker, or write to a registry or a docker-archive: target"
    );
  }
  if (toArchive) {
    compression = "none";
    level = void 0;
    if (input.compression !== void 0 && input.compression !== "none") {
      warnings.push(
        `options.compression ${input.compression} has no effect on a docker-archive: target, which stores layers uncompressed (as docker save does)`
      );
    } else if (input.level !== void 0 && input.compression !== "none") {
      warnings.push(`options.level ${String(input.level)} has no effect on a docker-archive: target, which stores layers uncompressed`);
    }
    if (format === "oci") warnings.push("options.format oci has no effect on a docker-archive: target, which is always in Docker's format");
  }
  if (input.platforms !== void 0 && !Array.isArray(input.platforms))
    throw optionError("platforms", "options.platforms must be a list of os/arch[/variant]");
  const selectors = (input.platforms ?? []).map((text4) => parsePlatform(text4, "platforms"));
  const keepIndex = input.keepIndex === true;
  if (toArchive && selectors.length > 1) {
    throw optionError(
      "platforms",
      `${input.target}: a docker archive holds one image, and ${selectors.length} platforms were selected`,
      "give one options.platforms os/arch"
    );
  }
  if (toArchive && keepIndex) {
    throw optionError(
      "keepIndex",
      `options.keepIndex with ${input.target}: a docker archive holds one image, never an index`,
      "drop options.keepIndex"
    );
  }
  if (keepIndex && selectors.length !== 1) {
    warnings.push(
      selectors.length === 0 ? "options.keepIndex has no effect without options.platforms: an index source is written as an index anyway" : "options.keepIndex has no effect with several options.platforms: their index is written anyway"
    );
  }
  if (input.keepBase !== void 0 && input.base !== void 0) {
    throw optionError("keepBase", "options.keepBase and options.base both choose the layers to keep; give one of them");
  }
  if (input.keepBase !== void 0 && (!isWhole(input.keepBase) || input.keepBase < 0)) {
    throw optionError("keepBase", `options.keepBase ${String(input.keepBase)} is not a whole number of layers`);
  }
  if (input.base !== void 0 && (typeof input.base !== "string" || input.base === ""))
    throw optionError("base", "options.base names no image");
  const concurrency = input.concurrency ?? DEFAULTS.concurrency;
  if (!isWhole(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
    throw optionError("concurrency", `options.concurrency ${String(concurrency)} is out of range (1 to ${MAX_CONCURRENCY})`);
  }
  const tempBudget = parseTempBudget(input.tempBudget);
  const created = resolveCreated(input.created, input.sourceDateEpoch);
  checkPairs(input.labels, "labels");
  checkPairs(input.annotations, "annotations");
  for (const field2 of ["keepIndex", "force", "reuse", "dryRun", "verify", "allowNondistributable", "provenance"]) {
    const value = input[field2];
    if (value !== void 0 && typeof value !== "boolean") {
      throw optionError(field2, `options.${field2} must be true or false, not ${JSON.stringify(value)}`);
    }
  }
  if (input.tempDirectory !== void 0 && (typeof input.tempDirectory !== "string" || input.tempDirectory === "")) {
    throw optionError("tempDirectory", "options.tempDirectory names no directory");
  }
  const dryRun = input.dryRun === true;
  const reuse = input.reuse !== false;
  if (dryRun && !reuse) warnings.push("options.reuse false has no effect with options.dryRun, which merges and uploads nothing");
  if (dryRun && input.tempDirectory !== void 0)
    warnings.push("options.tempDirectory has no effect with options.dryRun, which writes no temp files");
  if (dryRun && input.tempBudget !== void 0)
    warnings.push("options.tempBudget has no effect with options.dryRun, which writes no temp files");
  if (dryRun && input.verify === true) warnings.push("options.verify has no effect with options.dryRun, which writes nothing to verify");
  const referrers = input.referrers ?? "auto";
  if (!REFERRERS_MODES.includes(referrers)) {
    throw optionError("referrers", `options.referrers ${JSON.stringify(referrers)} is not one of ${REFERRERS_MODES.join(", ")}`);
  }
  const provenance = input.provenance === true;
  if (input.signKey !== void 0 && (typeof input.signKey !== "string" || input.signKey === "")) {
    throw optionError("signKey", "options.signKey names no key file");
  }
  warnings.push(...referrerWarnings(input, targetKind, dryRun));
  checkTransport(input.transport);
  warnings.push(...transportWarnings(input, sourceSide, targetSide));
  return {
    source: input.source,
    target: input.target,
    sourceKind,
    targetKind,
    sourceLocation: sourceSide.location,
    targetLocation: targetSide.location,
    selectors,
    keepIndex,
    keepBase: input.keepBase,
    base: input.base,
    compression,
    level,
    format,
    created,
    concurrency,
    tempBudget,
    dryRun,
    reuse,
    referrers,
    provenance,
    warnings
  };
}
function referrerWarnings(input, targetKind, dryRun) {
  const given = [
    input.referrers !== void 0 ? `options.referrers ${input.referrers}` : "",
    input.provenance === true ? "options.provenance" : "",
    input.signKey !== void 0 ? "options.signKey" : ""
  ].filter((option) => option !== "" && option !== "options.referrers none");
  if (given.length === 0) return [];
  if (dryRun) {
    return given.filter((option) => !option.startsWith("options.referrers")).map((option) => `${option} has no effect with options.dryRun, which writes nothing to attach`);
  }
  if (targetKind === "docker-archive" || targetKind === "oci-archive") {
    return given.map((option) => `${option} has no effect on a ${targetKind}: target, which holds no referrers`);
  }
  if (targetKind !== "registry" && input.signKey !== void 0) {
    const where2 = targetKind === "object" ? "a target object" : `an ${targetKind}: target`;
    return [`options.signKey has no effect on ${where2}: cosign reads signatures from registries (sign after copying it to one)`];
  }
  return [];
}
var UNITS = {
  "": 1,
  b: 1,
  k: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gib: 1024 ** 3
};
function parseTempBudget(value) {
  if (value === void 0) return DEFAULTS.tempBudget;
  if (value === "unlimited" || value === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
  if (typeof value === "number") {
    if (isWhole(value) && value >= 0) return value;
    throw optionError("tempBudget", `options.tempBudget ${String(value)} is not a whole number of bytes`);
  }
  const match = typeof value === "string" ? /^(\d+)\s*([a-z]*)$/i.exec(value.trim()) : null;
  const unit = UNITS[(match?.[2] ?? "").toLowerCase()];
  const bytes = match === null || unit === void 0 ? Number.NaN : Number(match[1]) * unit;
  if (!Number.isSafeInteger(bytes)) {
    throw optionError(
      "tempBudget",
      `options.tempBudget ${JSON.stringify(value)} is not a size (bytes, or with KiB, MiB, GiB; or unlimited)`
    );
  }
  return bytes;
}
function checkTransport(transport) {
  if (transport === void 0) return;
  const { timeoutMs, retry, speedLimit, insecureHosts, hosts } = transport;
  if (insecureHosts !== void 0 && (!Array.isArray(insecureHosts) || insecureHosts.some((host) => typeof host !== "string"))) {
    throw optionError("transport.insecureHosts", "options.transport.insecureHosts must be a list of HOST[:PORT]");
  }
  for (const [host, settings] of Object.entries(hosts ?? {})) {
    const strategy = settings.upload?.strategy;
    if (strategy !== void 0 && !UPLOAD_STRATEGIES.includes(strategy)) {
      throw optionError(
        "transport.hosts",
        `options.transport.hosts ${host}=${String(strategy)}: the strategy is not one of ${UPLOAD_STRATEGIES.join(", ")}`
      );
    }
    const chunkSize = settings.upload?.chunkSize;
    if (chunkSize !== void 0 && (!isWhole(chunkSize) || chunkSize < 1)) {
      throw optionError(
        "transport.hosts",
        `options.transport.hosts ${host}: chunk size ${String(chunkSize)} is not a whole number of bytes`
      );
    }
  }
  const bytesPerSecond = speedLimit?.bytesPerSecond;
  if (bytesPerSecond !== void 0 && (!isWhole(bytesPerSecond) || bytesPerSecond < 0)) {
    throw optionError(
      "transport.speedLimit.bytesPerSecond",
      `options.transport.speedLimit.bytesPerSecond ${String(bytesPerSecond)} is not a whole number of bytes (0 turns the rule off)`
    );
  }
  const seconds = speedLimit?.seconds;
  if (seconds !== void 0 && !(typeof seconds === "number" && Number.isFinite(seconds) && seconds > 0)) {
    throw optionError("transport.speedLimit.seconds", `options.transport.speedLimit.seconds ${String(seconds)} is not a positive time`);
  }
  if (timeoutMs !== void 0 && !(typeof timeoutMs === "number" && Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    throw optionError("transport.timeoutMs", `options.transport.timeoutMs: ${String(timeoutMs)} ms is not a positive time`);
  }
  if (retry?.attempts !== void 0 && (!isWhole(retry.attempts) || retry.attempts < 1)) {
    throw optionError(
      "transport.retry.attempts",
      `options.transport.retry.attempts: ${String(retry.attempts)} attempts is not a whole number of at least 1`
    );
  }
}
function transportWarnings(input, sourceSide, targetSide) {
  const transport = input.transport ?? {};
  const sourceKind = sourceSide.kind;
  const targetKind = targetSide.kind;
  const registryOf = (side) => side.location?.kind === "registry" ? side.location.reference.registry : void 0;
  const warnings = [];
  if (transport.sourceCredentials !== void 0 && sourceKind !== "registry") {
    warnings.push(`options.transport.sourceCredentials has no effect: the source ${input.source} is not a registry`);
  }
  if (transport.targetCredentials !== void 0 && targetKind !== "registry" && !input.dryRun) {
    warnings.push(`options.transport.targetCredentials has no effect: the target ${input.target} is not a registry`);
  }
  const speed = transport.speedLimit;
  if (speed !== void 0 && speed.bytesPerSecond === 0 && speed.seconds !== void 0) {
    warnings.push(
      `options.transport.speedLimit.seconds ${speed.seconds} has no effect with options.transport.speedLimit.bytesPerSecond 0, which turns the low-speed rule off`
    );
  }
  const registries = /* @__PURE__ */ new Set();
  for (const side of [sourceSide, targetSide]) {
    if (side.kind === "registry") registries.add(registryOf(side) ?? "");
  }
  const named = (host) => registries.has(host) || input.base !== void 0;
  for (const host of Object.keys(transport.hosts ?? {})) {
    if (targetKind !== "registry" || registryOf(targetSide) !== host) {
      warnings.push(`options.transport.hosts ${host}=\u2026 has no effect: the target is not on ${host}`);
    }
  }
  for (const host of transport.insecureHosts ?? []) {
    if (!named(host))
      warnings.push(`options.transport.insecureHosts ${host} has no effect: neither the source nor the target is on ${host}`);
  }
  return warnings;
}

// src/options/source-checks.ts
function checkAgainstSource(options, root, targetFamily, sourceName) {
  const warnings = [];
  const family = options.format ?? targetFamily ?? familyOf(root.mediaType);
  if (family === "docker" && options.compression === "zstd" && options.targetKind !== "docker-archive") {
    throw optionError(
      "compression",
      `options.compression zstd: ${sourceName} is in Docker's format, and zstd layers exist only in the OCI format`,
      "add options.format oci to convert the image, or use options.compression gzip"
    );
  }
  if (root.kind === "image") {
    if (options.keepIndex && options.selectors.length === 1)
      warnings.push(`options.keepIndex has no effect: ${sourceName} is a single image, not an index`);
    return warnings;
  }
  if (options.targetKind === "docker-archive") {
    const platforms = root.index.manifests.filter((d) => !isAttestation(d));
    const chosen = options.selectors.length === 0 ? platforms : platforms.filter((d) => options.selectors.some((s) => matchesPlatform(d.platform, s)));
    if (chosen.length > 1) {
      throw optionError(
        "platforms",
        `${options.target}: a docker archive holds one image, and ${sourceName} has ${chosen.length} platforms (${chosen.map((d) => formatPlatform(d.platform)).join(", ")})`,
        "pick one with options.platforms os/arch"
      );
    }
  }
  return warnings;
}

// src/pipeline/leftovers.ts
import { dirname as dirname8 } from "node:path";
async function removeLeftovers(tempParent, target) {
  const sessions = [];
  const places = [{ parent: tempParent, prefix: TEMP_PREFIX }];
  if (target !== void 0 && target.kind !== "registry" && target.kind !== "oci") {
    places.push({ parent: dirname8(target.local.path), prefix: stagingPrefix(target.local.path) });
  }
  let directories = 0;
  let bytes = 0;
  const where2 = [];
  for (const { parent, prefix } of places) {
    const sweep = await removeDeadRunsDirs(parent, prefix, Date.now(), async (path) => {
      sessions.push(...await openSessions(path));
    });
    if (sweep.directories === 0) continue;
    directories += sweep.directories;
    bytes += sweep.bytes;
    where2.push(parent);
  }
  if (directories === 0) return { line: void 0, sessions };
  const line = `removed ${formatBytes(bytes)} left by ${directories} interrupted run${directories === 1 ? "" : "s"} in ${where2.join(" and ")}`;
  return { line, sessions };
}

// src/pipeline/interrupted.ts
function interruptedFailure(error, signal, what) {
  if (signal?.aborted !== true) return error;
  const reason = signal.reason;
  const why = reason instanceof Error ? reason.message : reason === void 0 ? "aborted" : String(reason);
  return new FlattenError("interrupted", `${what} was interrupted (${why})`, { cause: reason ?? error });
}

// src/flatten.ts
import { tmpdir as tmpdir4 } from "node:os";

// src/referrers/carry.ts
import { Buffer as Buffer11 } from "node:buffer";
import { Readable as Readable6 } from "node:stream";

// src/version.ts
var VERSION = "0.1.0";

// src/referrers/provenance.ts
var BUILDER_ID = "pkg:npm/oci-flatten";
var BUILD_TYPE = "pkg:npm/oci-flatten#flatten-v1";
var SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1";
var IN_TOTO_STATEMENT_V1 = "https://in-toto.io/Statement/v1";
var digestSet = (digest) => ({
  [digest.slice(0, digest.indexOf(":"))]: digest.slice(digest.indexOf(":") + 1)
});
function provenanceStatement(input) {
  return {
    _type: IN_TOTO_STATEMENT_V1,
    subject: [{ name: input.subjectName, digest: digestSet(input.subject.digest) }],
    predicateType: SLSA_PROVENANCE_V1,
    predicate: {
      buildDefinition: {
        buildType: BUILD_TYPE,
        externalParameters: input.parameters,
        resolvedDependencies: [{ uri: input.sourceName, digest: digestSet(input.source.digest), mediaType: input.source.mediaType }]
      },
      runDetails: {
        builder: { id: BUILDER_ID, version: { "oci-flatten": VERSION } },
        metadata: input.created === void 0 ? {} : { startedOn: input.created, finishedOn: input.created }
      }
    }
  };
}
function provenanceArtifact(input) {
  const bytes = new TextEncoder().encode(JSON.stringify(provenanceStatement(input)));
  const layer = {
    mediaType: ArtifactMediaType.inToto,
    digest: sha256Digest(bytes),
    size: bytes.byteLength,
    annotations: { [IN_TOTO_PREDICATE_ANNOTATION]: SLSA_PROVENANCE_V1 }
  };
  const manifest = encodeJson(
    {
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      artifactType: ArtifactMediaType.inToto,
      config: EMPTY_DESCRIPTOR,
      layers: [layer],
      subject: { mediaType: input.subject.mediaType, digest: input.subject.digest, size: input.subject.size },
      annotations: { [IN_TOTO_PREDICATE_ANNOTATION]: SLSA_PROVENANCE_V1 }
    },
    MediaType.ociManifest
  );
  return { manifest, statement: { descriptor: layer, bytes } };
}

// src/referrers/repoint.ts
import { Buffer as Buffer9 } from "node:buffer";
var hexOf = (digest) => digest.slice(digest.indexOf(":") + 1);
var algorithmOf = (digest) => digest.slice(0, digest.indexOf(":"));
function repointStatement(statement, renames) {
  const value = statement;
  if (value === null || typeof value !== "object" || !isInTotoStatementType(value._type) || !Array.isArray(value.subject)) return void 0;
  let changed = false;
  const subject = value.subject.map((entry) => {
    const digests = entry?.digest;
    if (typeof digests !== "object" || digests === null) return entry;
    const to = Object.entries(digests).map(([algorithm, hex]) => renames.get(`${algorithm}:${String(hex)}`)).find((digest) => digest !== void 0);
    if (to === void 0) return entry;
    changed = true;
    return { ...entry, digest: { [algorithmOf(to)]: hexOf(to) } };
  });
  return changed ? { ...value, subject } : void 0;
}
function parseJson(bytes) {
  if (bytes === void 0) return void 0;
  try {
    return JSON.parse(Buffer9.from(bytes).toString("utf8"));
  } catch {
    return void 0;
  }
}
var jsonBytes = (value) => new TextEncoder().encode(JSON.stringify(value));
function rewriteLayer(layer, bytes, renames) {
  const json = parseJson(bytes);
  if (layer.mediaType === ArtifactMediaType.inToto) {
    const statement = repointStatement(json, renames);
    return statement === void 0 ? void 0 : jsonBytes(statement);
  }
  if (layer.mediaType === ArtifactMediaType.dsse && !dsseIsSigned(json)) {
    const envelope = json;
    if (typeof envelope?.payload !== "string" || envelope.payloadType !== ArtifactMediaType.inToto) return void 0;
    const statement = repointStatement(parseJson(Buffer9.from(envelope.payload, "base64")), renames);
    if (statement === void 0) return void 0;
    return jsonBytes({ ...envelope, payload: Buffer9.from(jsonBytes(statement)).toString("base64") });
  }
  return void 0;
}
function repointArtifact(input) {
  const parsed = JSON.parse(Buffer9.from(input.manifest.bytes).toString("utf8"));
  const rewritten = [];
  const renamed = /* @__PURE__ */ new Map();
  const layers = (parsed.layers ?? []).map((layer) => {
    const renames = input.renames ?? /* @__PURE__ */ new Map([[input.from.digest, input.to.digest]]);
    const bytes = rewriteLayer(layer, input.blobs.get(layer.digest), renames);
    if (bytes === void 0) return layer;
    const descriptor = { ...layer, digest: sha256Digest(bytes), size: bytes.byteLength };
    rewritten.push({ descriptor, bytes });
    renamed.set(layer.digest, descriptor.digest);
    return descriptor;
  });
  let config = parsed.config;
  if (config !== void 0 && input.buildx && renamed.size > 0) {
    const image = parseJson(input.blobs.get(config.digest));
    const diffIds = image?.rootfs?.diff_ids;
    if (image !== void 0 && Array.isArray(diffIds) && diffIds.some((d) => renamed.has(d))) {
      const bytes = jsonBytes({ ...image, rootfs: { ...image.rootfs, diff_ids: diffIds.map((d) => renamed.get(d) ?? d) } });
      config = { ...config, digest: sha256Digest(bytes), size: bytes.byteLength };
      rewritten.push({ descriptor: config, bytes });
    }
  }
  const subject = { mediaType: input.to.mediaType, digest: input.to.digest, size: input.to.size };
  const annotations = input.buildx ? { ...parsed.annotations, [BUILDX_REFERENCE_TYPE]: BUILDX_ATTESTATION, [BUILDX_REFERENCE_DIGEST]: input.to.digest } : parsed.annotations;
  const next = { ...parsed };
  if (config !== void 0) next.config = config;
  if (parsed.layers !== void 0) next.layers = layers;
  next.subject = subject;
  if (annotations !== void 0) next.annotations = annotations;
  const manifest = encodeJson(next, input.manifest.mediaType);
  const changed = new Set(rewritten.map((r) => r.descriptor.digest));
  const unchanged = [...config === void 0 ? [] : [config], ...layers].filter((d) => !changed.has(d.digest));
  return { manifest, rewritten, unchanged };
}

// src/referrers/cosign-signature.ts
import { Buffer as Buffer10 } from "node:buffer";
function simpleSigningPayload(dockerReference, digest) {
  return new TextEncoder().encode(
    JSON.stringify({
      critical: {
        identity: { "docker-reference": dockerReference },
        image: { "docker-manifest-digest": digest },
        type: "cosign container image signature"
      },
      optional: null
    })
  );
}
var cosignSignatureTag = (digest) => `${digest.replace(":", "-")}.sig`;
function signatureConfig(layers) {
  return new TextEncoder().encode(
    JSON.stringify({
      architecture: "",
      created: "0001-01-01T00:00:00Z",
      history: [{ created: "0001-01-01T00:00:00Z" }],
      os: "",
      rootfs: { type: "layers", diff_ids: layers.map((l) => l.digest) },
      config: {}
    })
  );
}
function withSignature(current, added, alreadySigned) {
  const payloadDigest = sha256Digest(added.payload);
  const existing = current === void 0 ? [] : JSON.parse(Buffer10.from(current.bytes).toString("utf8")).layers ?? [];
  if (existing.some((layer2) => layer2.digest === payloadDigest && alreadySigned(layer2, payloadDigest))) return void 0;
  const layer = {
    mediaType: ArtifactMediaType.cosignSimpleSigning,
    digest: payloadDigest,
    size: added.payload.byteLength,
    annotations: { [COSIGN_SIGNATURE_ANNOTATION]: added.signature }
  };
  const layers = [...existing, layer];
  const configBytes = signatureConfig(layers);
  const config = { mediaType: MediaType.ociConfig, digest: sha256Digest(configBytes), size: configBytes.byteLength };
  const manifest = encodeJson({ schemaVersion: 2, mediaType: MediaType.ociManifest, config, layers }, MediaType.ociManifest);
  return {
    manifest,
    blobs: [
      { descriptor: config, bytes: configBytes },
      { descriptor: layer, bytes: added.payload }
    ]
  };
}

// src/referrers/carry.ts
var MAX_SMALL_BLOB = 4 * 1024 * 1024;
var descriptorOf = (manifest) => ({
  mediaType: manifest.mediaType,
  digest: manifest.digest,
  size: manifest.bytes.byteLength
});
var message = (error) => error instanceof Error ? error.message : String(error);
function buildxAttestations(sourceRoot, digest) {
  if (!isIndexMediaType(sourceRoot.mediaType)) return [];
  const index = JSON.parse(Buffer11.from(sourceRoot.bytes).toString("utf8"));
  return (index.manifests ?? []).filter((d) => d.annotations?.[BUILDX_REFERENCE_TYPE] === BUILDX_ATTESTATION && d.annotations[BUILDX_REFERENCE_DIGEST] === digest).map((d) => ({ descriptor: { mediaType: d.mediaType, digest: d.digest, size: d.size }, origin: { kind: "buildx" } }));
}
async function carryReferrers(job) {
  const { target, signal } = job;
  const reports = [];
  const report = (entry) => {
    reports.push(entry);
    job.progress({ type: "note", message: `referrer ${entry.digest} (${entry.artifactType}): ${entry.action}: ${entry.reason}` });
  };
  const warn = (text4) => job.progress({ type: "warning", message: text4 });
  const put = async (manifest, subject) => {
    if (target?.putReferrer === void 0) throw new Error(`${target?.description ?? "the target"} cannot hold referrers`);
    return target.putReferrer(manifest, subject, signal);
  };
  try {
    for (const pair of job.pairs) await carryPair(job, pair, report, warn, put);
  } catch (error) {
    warn(
      signal?.aborted === true ? "interrupted after the image was tagged: the remaining referrers were not written" : `referrers were not all carried: ${message(error)}; the image itself is complete`
    );
  }
  return reports;
}
async function carryPair(job, pair, report, warn, put) {
  const { source, target, signal } = job;
  const to = pair.to;
  if (job.mode !== "none") {
    let found = buildxAttestations(job.sourceRoot, pair.from.digest);
    try {
      const listing = {
        onProblem: (problem) => warn(`${problem}; what it holds is not carried`),
        ...signal === void 0 ? {} : { signal }
      };
      for (const artifact of await source.referrers?.(pair.from, listing) ?? []) {
        if (!found.some((f) => f.descriptor.digest === artifact.descriptor.digest)) found = [...found, artifact];
      }
    } catch (error) {
      signal?.throwIfAborted();
      warn(`the referrers of ${source.description}@${pair.from.digest} could not be listed (${message(error)}); none carried`);
    }
    for (const artifact of found) {
      const entry = await carryOne(job, artifact, pair, put).catch((error) => {
        signal?.throwIfAborted();
        warn(`referrer ${artifact.descriptor.digest} was not carried: ${message(error)}; the image itself is complete`);
        return {
          digest: artifact.descriptor.digest,
          artifactType: artifact.descriptor.artifactType ?? "unknown",
          action: "dropped",
          reason: `not written: ${message(error)}`
        };
      });
      report(entry);
    }
  }
  if (target === void 0 || to === void 0) return;
  if (job.provenance !== void 0) {
    const { manifest, statement } = provenanceArtifact({ ...job.provenance, subject: to, source: pair.from });
    try {
      await target.putBlob(EMPTY_DESCRIPTOR, () => Readable6.from([Buffer11.from("{}")]), signal === void 0 ? {} : { signal });
      await target.putBlob(
        statement.descriptor,
        () => Readable6.from([Buffer11.from(statement.bytes)]),
        signal === void 0 ? {} : { signal }
      );
      const via = await put(manifest, to);
      report({
        digest: manifest.digest,
        artifactType: ArtifactMediaType.inToto,
        action: "added",
        reason: `SLSA provenance v1 statement: ${to.digest} was flattened from ${pair.from.digest} (${indexingWords[via]})`,
        subject: to.digest
      });
    } catch (error) {
      signal?.throwIfAborted();
      warn(`the provenance of ${to.digest} was not written: ${message(error)}; the image itself is complete`);
      report({
        digest: manifest.digest,
        artifactType: ArtifactMediaType.inToto,
        action: "dropped",
        reason: `not written: ${message(error)}`
      });
    }
  }
  if (job.sign !== void 0) {
    const sign2 = job.sign;
    report(
      await signManifest(target, to, sign2, signal).catch((error) => {
        signal?.throwIfAborted();
        warn(`the signature of ${to.digest} was not written: ${message(error)}; the image itself is complete`);
        return {
          digest: to.digest,
          artifactType: ArtifactMediaType.cosignSimpleSigning,
          action: "dropped",
          reason: `not written: ${message(error)}`
        };
      })
    );
  }
}
async function signManifest(target, subject, sign2, signal) {
  if (target.readTagged === void 0 || target.putTagged === void 0)
    throw new Error(`${target.description} cannot hold cosign signatures`);
  const tag = cosignSignatureTag(subject.digest);
  const payload = simpleSigningPayload(sign2.dockerReference, subject.digest);
  const current = await target.readTagged(tag, signal);
  const next = withSignature(
    current,
    { payload, signature: sign2.key.sign(payload) },
    (layer) => sign2.key.verify(payload, layer.annotations?.[COSIGN_SIGNATURE_ANNOTATION] ?? "")
  );
  const entry = { artifactType: ArtifactMediaType.cosignSimpleSigning, action: "added", subject: subject.digest };
  if (next === void 0) {
    return {
      ...entry,
      digest: current?.digest ?? "",
      reason: `cosign signature by ${sign2.key.file}: already under tag ${tag}; nothing written`
    };
  }
  for (const { descriptor, bytes } of next.blobs) {
    await target.putBlob(descriptor, () => Readable6.from([Buffer11.from(bytes)]), signal === void 0 ? {} : { signal });
  }
  await target.putTagged(next.manifest, tag, signal);
  return {
    ...entry,
    digest: next.manifest.digest,
    reason: `cosign signature by ${sign2.key.file} under tag ${tag} (cosign verify checks it with the public key)`
  };
}
var indexingWords = {
  api: "indexed by the referrers API",
  "tag-schema": "listed in the tag-schema index",
  layout: "listed in the layout's index.json"
};
async function carryOne(job, artifact, pair, put) {
  const { source, target, signal } = job;
  const raw = await source.getManifest(artifact.descriptor, signal);
  if (isIndexMediaType(raw.mediaType)) {
    return {
      digest: raw.digest,
      artifactType: artifact.descriptor.artifactType ?? raw.mediaType,
      action: "dropped",
      reason: "an artifact index (its manifests would need re-pointing one by one); not carried"
    };
  }
  const parsed = JSON.parse(Buffer11.from(raw.bytes).toString("utf8"));
  const buildx = artifact.origin.kind === "buildx";
  const small = [
    ...(parsed.layers ?? []).filter((l) => l.mediaType === ArtifactMediaType.inToto || l.mediaType === ArtifactMediaType.dsse),
    ...buildx && parsed.config !== void 0 ? [parsed.config] : []
  ].filter((d) => d.size <= MAX_SMALL_BLOB);
  const blobs = /* @__PURE__ */ new Map();
  const layerJson = /* @__PURE__ */ new Map();
  for (const descriptor of small) {
    const bytes = await source.getBlobBytes(descriptor, signal);
    blobs.set(descriptor.digest, bytes);
    try {
      layerJson.set(descriptor.digest, JSON.parse(Buffer11.from(bytes).toString("utf8")));
    } catch {
    }
  }
  const classification = classifyArtifact(parsed, artifact.origin, layerJson);
  const decision = decide(classification, job.mode);
  const entry = { digest: raw.digest, artifactType: classification.artifactType, ...decision };
  if (decision.action !== "carried") return entry;
  if (target === void 0 || pair.to === void 0) return { ...entry, reason: `${entry.reason} (dry run: nothing written)` };
  if (target.putReferrer === void 0) throw new Error(`${target.description} cannot hold referrers`);
  const renames = new Map(job.pairs.flatMap((p) => p.to === void 0 ? [] : [[p.from.digest, p.to.digest]]));
  const repointed = repointArtifact({ manifest: raw, from: pair.from, to: pair.to, blobs, buildx, renames });
  const options = signal === void 0 ? {} : { signal };
  for (const descriptor of repointed.unchanged) {
    await target.putBlob(descriptor, () => openBlob(source, descriptor, signal), { mountFrom: source, ...options });
  }
  for (const { descriptor, bytes } of repointed.rewritten) {
    await target.putBlob(descriptor, () => Readable6.from([Buffer11.from(bytes)]), options);
  }
  const via = await put(repointed.manifest, pair.to);
  return {
    ...entry,
    reason: `${entry.reason} (${indexingWords[via]})`,
    subject: pair.to.digest,
    written: repointed.manifest.digest
  };
}
async function openBlob(source, descriptor, signal) {
  if (descriptor.digest === EMPTY_DESCRIPTOR.digest) return Readable6.from([Buffer11.from("{}")]);
  return source.getBlob(descriptor, signal);
}

// src/referrers/after-commit.ts
async function referrersAfterCommit(input) {
  const { resolved, target } = input;
  const signing = input.signingKey !== void 0 && resolved.targetKind === "registry";
  const writing = resolved.dryRun || target === void 0 ? void 0 : target;
  if (resolved.referrers === "none" && (writing === void 0 || !resolved.provenance && !signing)) return [];
  const pairs2 = input.children.map((c) => ({
    from: c.from,
    ...writing === void 0 ? {} : { to: descriptorOf(c.to) }
  }));
  if (input.children.length === 0 || isIndexMediaType(input.written.mediaType)) {
    pairs2.push({ from: descriptorOf(input.sourceRoot), ...writing === void 0 ? {} : { to: descriptorOf(input.written) } });
  }
  return carryReferrers({
    source: input.source,
    target: writing,
    sourceRoot: input.sourceRoot,
    pairs: pairs2,
    mode: resolved.referrers,
    // A target that holds no referrers (archives) was named in a warning about --provenance already.
    ...resolved.provenance && writing?.putReferrer !== void 0 ? {
      provenance: {
        subjectName: resolved.target,
        sourceName: sourceUri(resolved.source, resolved),
        parameters: provenanceParameters(input.options, resolved),
        ...resolved.created === void 0 ? {} : { created: resolved.created }
      }
    } : {},
    ...signing && input.signingKey !== void 0 ? { sign: { key: input.signingKey, dockerReference: repositoryOf(resolved.target) } } : {},
    progress: input.progress,
    ...input.options.signal === void 0 ? {} : { signal: input.options.signal }
  });
}
var sourceUri = (source, resolved) => resolved.sourceKind === "registry" && !source.startsWith("docker://") ? `docker://${source}` : source;
function repositoryOf(target) {
  const ref = parseReference(target.replace(/^docker:\/\//, ""));
  return `${ref.registry}/${ref.repository}`;
}
function provenanceParameters(options, resolved) {
  const parameters = { source: resolved.source, compression: resolved.compression };
  if (resolved.level !== void 0) parameters.level = resolved.level;
  if (resolved.format !== void 0) parameters.format = resolved.format;
  if (options.platforms !== void 0 && options.platforms.length > 0) parameters.platforms = [...options.platforms];
  if (resolved.keepIndex) parameters.keepIndex = true;
  if (resolved.keepBase !== void 0) parameters.keepBase = resolved.keepBase;
  if (resolved.base !== void 0) parameters.base = resolved.base;
  if (resolved.created !== void 0) parameters.created = resolved.created;
  if (options.labels !== void 0) parameters.labels = sorted(options.labels);
  if (options.annotations !== void 0) parameters.annotations = sorted(options.annotations);
  if (options.allowNondistributable === true) parameters.allowNondistributable = true;
  parameters.referrers = resolved.referrers;
  return parameters;
}
var sorted = (pairs2) => Object.fromEntries(Object.entries(pairs2).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));

// src/referrers/signing-key.ts
import { createPrivateKey, createPublicKey, sign, verify } from "node:crypto";
import { readFile as readFile9 } from "node:fs/promises";
import { Buffer as Buffer12 } from "node:buffer";
var GENERATE = "openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out key.pem";
async function readSigningKey(file) {
  if (file === void 0) return void 0;
  if (typeof file !== "string" || file === "") throw optionError("signKey", "options.signKey names no key file");
  let pem;
  try {
    pem = await readFile9(file, "utf8");
  } catch (error) {
    const code = error.code;
    throw new FlattenError("io", `options.signKey ${file} cannot be read (${typeof code === "string" ? code : "error"})`, {
      cause: error,
      option: "signKey"
    });
  }
  if (/-----BEGIN (ENCRYPTED|ENCRYPTED SIGSTORE) PRIVATE KEY-----/.test(pem)) {
    throw optionError("signKey", `options.signKey ${file}: the key is encrypted; give an unencrypted PKCS#8 PEM key`, GENERATE);
  }
  let key2;
  try {
    key2 = createPrivateKey({ key: pem, format: "pem" });
  } catch {
    throw optionError("signKey", `options.signKey ${file}: not a PEM private key`, GENERATE);
  }
  if (key2.asymmetricKeyType !== "ec" || key2.asymmetricKeyDetails?.namedCurve !== "prime256v1") {
    throw optionError("signKey", `options.signKey ${file}: not an ECDSA P-256 key (cosign's key type)`, GENERATE);
  }
  const publicKey = createPublicKey(key2);
  return {
    file,
    sign: (payload) => sign("sha256", payload, key2).toString("base64"),
    verify: (payload, signature) => {
      try {
        return verify("sha256", payload, publicKey, Buffer12.from(signature, "base64"));
      } catch {
        return false;
      }
    }
  };
}

// src/flatten.ts
async function flatten(first, target, settings = {}) {
  const options = target === void 0 ? first : { ...settings, source: first, target };
  const run = await prepareRun(options);
  const source = await openSourceSide(run);
  const sides = { source, target: void 0, previous: void 0 };
  try {
    sides.target = await openTargetSide(run);
    const root = await readRoot(run, sides);
    await sweepLeftovers(run, sides.target);
    sides.previous = !run.resolved.reuse || sides.target === void 0 ? void 0 : await readPrevious(sides.target, options.signal);
    const keep = await createKeepChooser({
      keepBase: options.keepBase,
      base: options.base,
      transport: run.transport,
      signal: options.signal,
      progress: run.progress
    });
    const flattened = root.kind === "image" ? await flattenSingle(run, sides, root, keep) : await flattenIndex(run, sides, root, keep);
    options.signal?.throwIfAborted();
    const reference = options.dryRun || sides.target === void 0 ? "" : await sides.target.commit(flattened.written, options.signal);
    const referrers = await referrersAfterCommit({ ...run, ...flattened, source, target: sides.target, sourceRoot: root.raw });
    const usage = {
      bytes: run.budget.peakWith(await run.temp.size()),
      budget: Number.isFinite(run.budget.limit) ? run.budget.limit : null,
      refetches: run.budget.refetches
    };
    run.progress({ type: "temp-disk", ...usage });
    return flattenResult(run, source, flattened, reference, usage, referrers);
  } catch (error) {
    throw await runFailure(run, sides.target, error);
  } finally {
    await Promise.allSettled([
      run.source.given === void 0 ? source.close() : void 0,
      sides.previous?.source.close(),
      run.target.given === void 0 ? sides.target?.close() : void 0
    ]);
    await Promise.allSettled([run.client?.close(), run.temp.remove()]);
  }
}
async function prepareRun(options) {
  const started = performance.now();
  const progress = options.onProgress ?? noProgress;
  const source = sideOf(options.source);
  const target = sideOf(options.target);
  const resolved = resolveOptions(
    { ...options, source: source.name, target: target.name },
    {
      ...source.given === void 0 ? {} : { source: { kind: source.location?.kind ?? "object", location: source.location } },
      ...target.given === void 0 ? {} : { target: { kind: target.location?.kind ?? "object", location: target.location } }
    }
  );
  const sourceLocation = resolved.sourceLocation;
  const targetLocation = resolved.targetLocation;
  const sameImage = sourceLocation !== void 0 && targetLocation !== void 0 && sameLocation(sourceLocation, targetLocation);
  if (!options.force && sameImage) {
    throw optionError("force", `the target ${target.name} is the source itself; set options.force to overwrite it`);
  }
  for (const message2 of resolved.warnings) progress({ type: "warning", message: message2 });
  await checkCredentialsFile(options.transport?.credentialsFile);
  const signingKey = resolved.dryRun || resolved.targetKind !== "registry" ? void 0 : await readSigningKey(options.signKey);
  const tempParent = options.tempDirectory ?? tmpdir4();
  const temp = await createRunTempDir(options.tempDirectory);
  const transport = {
    ...options.transport,
    stagingDirectory: temp.path,
    onNote: (message2) => progress({ type: "note", message: message2 }),
    // Open upload sessions are journaled in the temp dir: if this run is killed, the next cancels them.
    onUploadSession: journalWriter(temp.path)
  };
  const client = sourceLocation === void 0 || source.given !== void 0 || target.given !== void 0 || resolved.dryRun ? void 0 : pairClient(sourceLocation, targetLocation, transport);
  return {
    options,
    source: { ...source, location: sourceLocation },
    target: { ...target, location: targetLocation },
    resolved,
    progress,
    started,
    temp,
    budget: createTempBudget(resolved.tempBudget),
    tempParent,
    transport,
    client,
    signingKey
  };
}
function sideOf(side) {
  if (typeof side === "string") return { given: void 0, name: side, location: void 0 };
  return { given: side, name: side.location?.name ?? side.description, location: side.location };
}
var sideTransport = (run) => run.client === void 0 ? run.transport : { ...run.transport, client: run.client };
async function openSourceSide(run) {
  const { options, resolved, temp } = run;
  try {
    if (!resolved.dryRun) await preflight(run);
    if (run.source.given !== void 0) return run.source.given;
    return await openSource(run.source.location, sideTransport(run));
  } catch (error) {
    const failure = ioFailure(error, { doing: `reading ${run.source.name}`, path: temp.path, directory: run.tempParent });
    await Promise.allSettled([run.client?.close(), temp.remove()]);
    throw interruptedFailure(failure, options.signal, runName(run));
  }
}
async function preflight(run) {
  const { given, location, name } = run.target;
  if (given === void 0) return checkTarget(location, run.transport, run.options.signal);
  await given.preflight?.(run.options.signal).catch((error) => {
    throw sided(error, "target", name);
  });
}
async function openTargetSide(run) {
  if (run.resolved.dryRun) return void 0;
  if (run.target.given !== void 0) return run.target.given;
  return openTarget(run.target.location, sideTransport(run)).catch((error) => {
    throw ioFailure(error, { doing: `opening ${run.target.name}`, path: "" });
  });
}
async function readRoot(run, sides) {
  const { source } = sides;
  const rootRaw = await source.getRootManifest(run.options.signal).catch((error) => {
    throw sided(error, "source", run.source.name);
  });
  const root = parseManifest(rootRaw, source.description);
  for (const message2 of checkAgainstSource(run.resolved, root, sides.target?.family, source.description)) {
    run.progress({ type: "warning", message: message2 });
  }
  return root;
}
async function sweepLeftovers(run, target) {
  const removed = await removeLeftovers(run.tempParent, run.target.location).catch(() => void 0);
  const cancelled = removed === void 0 || removed.sessions.length === 0 ? 0 : await target?.cancelUploads?.(removed.sessions).catch(() => 0) ?? 0;
  if (removed?.line !== void 0) {
    run.progress({
      type: "note",
      message: `${removed.line}${cancelled === 0 ? "" : `; cancelled ${cancelled} upload session${cancelled === 1 ? "" : "s"} they left open`}`
    });
  }
}
function imageJob(run, sides, manifest, label, family, keep, previous) {
  const { options, resolved } = run;
  return {
    source: sides.source,
    target: sides.target,
    manifest: manifest.manifest,
    manifestDigest: manifest.raw.digest,
    label,
    family,
    keep,
    compression: resolved.compression,
    ...resolved.level === void 0 ? {} : { level: resolved.level },
    ...resolved.created === void 0 ? {} : { created: resolved.created },
    ...options.labels === void 0 ? {} : { labels: options.labels },
    ...options.annotations === void 0 ? {} : { annotations: options.annotations },
    allowNondistributable: options.allowNondistributable ?? false,
    concurrency: resolved.concurrency,
    budget: run.budget,
    directory: run.temp.path,
    dryRun: resolved.dryRun,
    ...options.verify === true ? { verify: true } : {},
    ...options.signal === void 0 ? {} : { signal: options.signal },
    progress: run.progress,
    ...previous === void 0 ? {} : { previous }
  };
}
var outputFamily = (run, sides, root) => run.options.format ?? sides.target?.family ?? familyOf(root.mediaType);
async function flattenSingle(run, sides, root, keep) {
  const { signal } = run.options;
  const { source } = sides;
  if (run.resolved.selectors.length > 0) await checkSingleImagePlatform(source, root, run.resolved.selectors, signal);
  const previous = sides.previous === void 0 ? void 0 : await previousFor(sides.previous, void 0, signal);
  const result = await flattenImage(
    imageJob(
      run,
      sides,
      root,
      source.description,
      outputFamily(run, sides, root),
      await keep(root, source.description, void 0),
      previous
    )
  );
  return { results: [result], written: result.manifest, dropped: [], children: [] };
}
async function flattenIndex(run, sides, root, keep) {
  const { options, resolved, progress } = run;
  const { source, target } = sides;
  const family = outputFamily(run, sides, root);
  const dropped = [];
  const children = await selectChildren(source, root, resolved.selectors, progress, dropped, options.signal);
  const results = [];
  const descriptors = [];
  const flattenedChildren = [];
  for (const child of children) {
    const label = formatPlatform(child.descriptor.platform);
    const previous = sides.previous === void 0 ? void 0 : await previousFor(sides.previous, child.descriptor.platform, options.signal);
    const result = await flattenImage(
      imageJob(
        run,
        sides,
        child.parsed,
        label,
        family,
        await keep(child.parsed, label, child.descriptor.platform, root.index.annotations),
        previous
      )
    );
    results.push(result);
    flattenedChildren.push({ from: child.descriptor, to: result.manifest });
    if (!options.dryRun) await target?.putManifest(result.manifest, options.signal);
    descriptors.push(childDescriptor(child.descriptor, result.manifest));
    progress({ type: "platform-done", platform: label, digest: result.manifest.digest });
  }
  const single = resolved.selectors.length === 1 && children.length === 1 && !resolved.keepIndex;
  const written = single ? results[0].manifest : buildIndex({
    family,
    source: root.index,
    manifests: descriptors,
    ...options.annotations === void 0 ? {} : { annotations: options.annotations }
  });
  return { results, written, dropped, children: flattenedChildren };
}
function flattenResult(run, source, flattened, reference, usage, referrers) {
  const { options, resolved } = run;
  const { results, written } = flattened;
  return {
    source: run.source.name,
    target: run.target.name,
    reference,
    digest: resolved.dryRun ? "" : resolved.targetKind === "docker-archive" ? imageId(written, source.description) : written.digest,
    mediaType: written.mediaType,
    dryRun: options.dryRun ?? false,
    platforms: results.map(summarise),
    dropped: flattened.dropped,
    referrers,
    uploaded: results.reduce(
      (sum, r) => ({
        blobs: sum.blobs + r.uploaded.blobs,
        bytes: sum.bytes + r.uploaded.bytes,
        existed: sum.existed + r.uploaded.existed,
        mounted: sum.mounted + r.uploaded.mounted
      }),
      { blobs: 0, bytes: 0, existed: 0, mounted: 0 }
    ),
    tempBytes: usage.bytes,
    tempBudget: usage.budget,
    refetches: usage.refetches,
    durationMs: Math.round(performance.now() - run.started)
  };
}
async function runFailure(run, target, error) {
  await target?.abort().catch(() => {
  });
  const now = await run.temp.size().catch(() => void 0);
  const written = now === void 0 ? void 0 : run.budget.peakWith(now);
  const failure = ioFailure(error, {
    doing: "writing temp files",
    path: run.temp.path,
    directory: run.tempParent,
    ...written === void 0 ? {} : { written }
  });
  return interruptedFailure(failure, run.options.signal, runName(run));
}
var runName = (run) => `flatten of ${run.source.name} into ${run.target.name}`;
function imageId(manifest, where2) {
  const parsed = parseManifest(manifest, where2);
  return parsed.kind === "image" ? parsed.manifest.config.digest : manifest.digest;
}
function childDescriptor(source, manifest) {
  const descriptor = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
  if (source.platform !== void 0) descriptor.platform = source.platform;
  if (source.annotations !== void 0) descriptor.annotations = source.annotations;
  return descriptor;
}
function summarise(result) {
  const summary = {
    reused: result.reused,
    // For an index child its label is its platform; a single image's label is its name.
    platform: result.platform === "" ? result.label : result.platform,
    digest: result.manifest.digest,
    layersBefore: result.layersBefore,
    layersAfter: result.layersAfter,
    keptLayers: result.keptLayers,
    bytesBefore: result.bytesBefore,
    bytesAfter: result.bytesAfter
  };
  if (result.merged !== void 0) {
    summary.mergedLayer = {
      digest: result.merged.digest,
      diffId: result.merged.diffId,
      size: result.merged.size,
      uncompressedSize: result.merged.uncompressedSize,
      entries: result.merged.stats.entriesOut,
      bytesDropped: result.merged.stats.bytesDropped
    };
  }
  return summary;
}

// src/build/directory-layer.ts
var import_tar_stream2 = __toESM(require_tar_stream(), 1);

// src/cli/exit-codes.ts
var EXIT_CODES = {
  usage: 2,
  registry: 3,
  auth: 4,
  content: 5,
  io: 6,
  interrupted: 130
};
var exitCodeOf = (error) => error instanceof FlattenError ? EXIT_CODES[error.kind] : 1;

// src/cli/format.ts
var formatSeconds = (ms) => `${(ms / 1e3).toFixed(1)}s`;
var shortDigest = (digest) => digest.replace(/^sha256:/, "").slice(0, 12);
var plural = (count, noun) => `${count} ${noun}${count === 1 ? "" : "s"}`;
function tempDiskLine(event) {
  const budget = event.budget === null ? "no budget" : `budget ${formatBytes(event.budget)}`;
  const refetches = event.refetches === 0 ? "" : `, ${event.refetches} layer re-fetch${event.refetches === 1 ? "" : "es"}`;
  return `temp disk: ${formatBytes(event.bytes)} at most (${budget}${refetches}), removed at exit`;
}

// src/cli/progress-lines.ts
function lineProgress(write, now = () => performance.now()) {
  const started = /* @__PURE__ */ new Map();
  const since = (key2) => formatSeconds(now() - (started.get(key2) ?? now()));
  return (event) => {
    switch (event.type) {
      case "note":
        write(`note: ${event.message}`);
        break;
      case "warning":
        write(`warning: ${event.message}`);
        break;
      case "image":
        started.set(`merge ${event.platform}`, now());
        write(`${event.platform}: ${plural(event.layers, "layer")}: merging ${event.merged}, keeping ${event.kept}`);
        break;
      case "download": {
        const key2 = `download ${event.digest}`;
        if (!started.has(key2)) started.set(key2, now());
        if (event.done) write(`${event.platform}: pulled ${shortDigest(event.digest)} ${formatBytes(event.bytes)} in ${since(key2)}`);
        break;
      }
      case "merge":
        if (event.done) {
          write(
            `${event.platform}: merged ${formatBytes(event.bytesIn)} of tar into ${formatBytes(event.bytesOut)} in ${since(`merge ${event.platform}`)}`
          );
        }
        break;
      case "upload":
        if (event.outcome === "existed") write(`${event.platform}: ${shortDigest(event.digest)} already present, not uploaded`);
        else if (event.outcome === "mounted") write(`${event.platform}: mounted ${shortDigest(event.digest)}`);
        else if (event.outcome === "uploaded") write(`${event.platform}: pushed ${shortDigest(event.digest)} ${formatBytes(event.total)}`);
        break;
      case "platform-done":
        write(`${event.platform}: done ${event.digest}`);
        break;
      case "temp-disk":
        write(tempDiskLine(event));
        break;
    }
  };
}

// src/cli/flag-names.ts
var FLAGS2 = {
  source: "SOURCE",
  image: "IMAGE",
  imageA: "IMAGE-A",
  imageB: "IMAGE-B",
  target: "--to",
  platforms: "--platform",
  platform: "--platform",
  keepIndex: "--keep-index",
  keepBase: "--keep-base",
  base: "--base",
  compression: "--compression",
  level: "--level",
  format: "--format",
  created: "--created",
  labels: "--label",
  annotations: "--annotation",
  allowNondistributable: "--allow-nondistributable",
  concurrency: "--concurrency",
  tempDirectory: "--tmp-dir",
  tempBudget: "--temp-budget",
  // `reuse` is only ever turned off, by --no-reuse.
  "reuse false": "--no-reuse",
  reuse: "--no-reuse",
  dryRun: "--dry-run",
  verify: "--verify",
  force: "--force",
  referrers: "--referrers",
  provenance: "--provenance",
  signKey: "--sign-key",
  // The CLI reads it from the environment, as reproducible-build tools do.
  sourceDateEpoch: "SOURCE_DATE_EPOCH",
  times: "--times",
  "transport.insecureHosts": "--insecure",
  "transport.sourceCredentials": "--src-creds",
  "transport.targetCredentials": "--dest-creds",
  "transport.credentialsFile": "--creds-file",
  "transport.retry.attempts": "--retries",
  "transport.timeoutMs": "--timeout",
  "transport.hosts": "--upload",
  "transport.speedLimit.bytesPerSecond": "--speed-limit",
  "transport.speedLimit.seconds": "--speed-time"
};
var OPTION_NAME = /(?<![\w./:@-])options\.([A-Za-z]+(?:\.[A-Za-z]+)*)(?![\w/@-])( false)?/g;
var optionWordsFor = (names) => (text4) => text4.replace(OPTION_NAME, (whole, field2, negated) => {
  if (negated !== void 0) {
    const name2 = names[`${field2}${negated}`];
    if (name2 !== void 0) return name2;
  }
  const name = names[field2];
  return name === void 0 ? whole : `${name}${negated ?? ""}`;
});
var toFlagWords = optionWordsFor(FLAGS2);

// src/action/input-names.ts
var INPUTS = {
  source: "input source",
  target: "input target",
  platforms: "input platform",
  platform: "input platform",
  keepIndex: "input keep-index",
  keepBase: "input keep-base",
  base: "input base",
  compression: "input compression",
  level: "input level",
  format: "input format",
  created: "input created",
  labels: "input labels",
  annotations: "input annotations",
  allowNondistributable: "input allow-nondistributable",
  concurrency: "input concurrency",
  tempBudget: "input temp-budget",
  "reuse false": "input reuse false",
  reuse: "input reuse",
  dryRun: "input dry-run",
  force: "input force",
  referrers: "input referrers",
  provenance: "input provenance",
  signKey: "input sign-key",
  sourceDateEpoch: "SOURCE_DATE_EPOCH",
  // The action sets it from the runner's RUNNER_TEMP.
  tempDirectory: "RUNNER_TEMP",
  "transport.insecureHosts": "input insecure",
  "transport.credentialsFile": "input creds-file",
  "transport.retry.attempts": "input retries",
  "transport.timeoutMs": "input timeout"
};
var toInputWords = optionWordsFor(INPUTS);

// src/action/inputs.ts
var usageError2 = (message2) => new FlattenError("usage", message2);
function readInput(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
var list = (value) => value.split(/[\n,]/).map((item) => item.trim()).filter((item) => item !== "");
function wholeNumber(value, input, min = 0) {
  if (!/^\d+$/.test(value) || Number(value) < min) throw usageError2(`input ${input}: expected a whole number >= ${min}, got "${value}"`);
  return Number(value);
}
function bool(value, input) {
  if (value === "" || value === "false") return false;
  if (value === "true") return true;
  throw usageError2(`input ${input}: expected true or false, got "${value}"`);
}
function pairs(value, input) {
  const lines = value.split("\n").map((line) => line.trim()).filter((line) => line !== "");
  if (lines.length === 0) return void 0;
  const result = {};
  for (const line of lines) {
    const at = line.indexOf("=");
    if (at <= 0) throw usageError2(`input ${input}: expected key=value, got "${line}"`);
    result[line.slice(0, at)] = line.slice(at + 1);
  }
  return result;
}
function choice(value, input, allowed) {
  if (!allowed.includes(value))
    throw usageError2(`input ${input}: expected one of ${allowed.join(", ")}, got "${value}"`);
  return value;
}
function optionsFromInputs(env) {
  const input = (name) => readInput(env, name);
  const source = input("source");
  const target = input("target");
  if (source === "") throw usageError2("input source is required");
  if (target === "") throw usageError2("input target is required");
  const transport = { insecureHosts: list(input("insecure")) };
  if (input("creds-file") !== "") transport.credentialsFile = input("creds-file");
  if (input("retries") !== "") transport.retry = { attempts: wholeNumber(input("retries"), "retries") + 1 };
  if (input("timeout") !== "") transport.timeoutMs = wholeNumber(input("timeout"), "timeout", 1) * 1e3;
  const options = { source, target, transport };
  if (list(input("platform")).length > 0) options.platforms = list(input("platform"));
  if (bool(input("keep-index"), "keep-index")) options.keepIndex = true;
  if (input("keep-base") !== "") options.keepBase = wholeNumber(input("keep-base"), "keep-base");
  if (input("base") !== "") options.base = input("base");
  if (input("compression") !== "") options.compression = choice(input("compression"), "compression", ["gzip", "zstd", "none"]);
  if (input("level") !== "") options.level = wholeNumber(input("level"), "level", 1);
  if (input("format") !== "") options.format = choice(input("format"), "format", ["oci", "docker"]);
  if (input("created") !== "") options.created = input("created");
  if (env.SOURCE_DATE_EPOCH !== void 0 && env.SOURCE_DATE_EPOCH !== "") options.sourceDateEpoch = env.SOURCE_DATE_EPOCH;
  const labels = pairs(input("labels"), "labels");
  if (labels !== void 0) options.labels = labels;
  const annotations = pairs(input("annotations"), "annotations");
  if (annotations !== void 0) options.annotations = annotations;
  if (bool(input("allow-nondistributable"), "allow-nondistributable")) options.allowNondistributable = true;
  if (input("concurrency") !== "") options.concurrency = wholeNumber(input("concurrency"), "concurrency", 1);
  if (bool(input("dry-run"), "dry-run")) options.dryRun = true;
  if (bool(input("force"), "force")) options.force = true;
  if (input("reuse") !== "" && !bool(input("reuse"), "reuse")) options.reuse = false;
  if (input("temp-budget") !== "") options.tempBudget = input("temp-budget");
  if (input("referrers") !== "") options.referrers = choice(input("referrers"), "referrers", ["auto", "all", "none"]);
  if (bool(input("provenance"), "provenance")) options.provenance = true;
  if (input("sign-key") !== "") options.signKey = input("sign-key");
  if (env.RUNNER_TEMP !== void 0 && env.RUNNER_TEMP !== "") options.tempDirectory = env.RUNNER_TEMP;
  return options;
}

// src/action/outputs.ts
import { appendFile } from "node:fs/promises";
import { randomUUID as randomUUID3 } from "node:crypto";
async function writeOutputs(file, outputs) {
  let text4 = "";
  for (const [name, value] of Object.entries(outputs)) {
    const delimiter = `ghadelimiter_${randomUUID3()}`;
    text4 += `${name}<<${delimiter}
${value}
${delimiter}
`;
  }
  await appendFile(file, text4);
}

// src/action/main.ts
var log = (line) => void process.stdout.write(`${line}
`);
var escapeCommand = (text4) => text4.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
async function runAction(env = process.env) {
  setFlagsFromString("--wasm-tiering-budget=200000000");
  const controller = new AbortController();
  const stop = () => controller.abort(new Error("the workflow was cancelled"));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    const options = optionsFromInputs(env);
    const lines = lineProgress(log);
    const result = await flatten({
      ...options,
      signal: controller.signal,
      // The CLI's one-line-per-step progress, as it prints it when stderr is not a terminal.
      // Library messages name option fields; the workflow's author reads the action's inputs.
      onProgress: (event) => {
        lines(event.type === "warning" || event.type === "note" ? { ...event, message: toInputWords(event.message) } : event);
      }
    });
    log(result.dryRun ? `dry run: nothing written` : `wrote ${result.reference}`);
    if (env.GITHUB_OUTPUT !== void 0 && env.GITHUB_OUTPUT !== "") {
      await writeOutputs(env.GITHUB_OUTPUT, { digest: result.digest, reference: result.reference, json: JSON.stringify(result) });
    }
    return 0;
  } catch (error) {
    const message2 = error instanceof Error ? error.message : String(error);
    log(`::error::${escapeCommand(toInputWords(message2))}`);
    if (error instanceof FlattenError && error.hint !== void 0) log(`hint: ${toInputWords(error.hint)}`);
    return exitCodeOf(error);
  }
}

// src/action/entry.ts
process.exitCode = await runAction();
/*! Bundled license information:

undici/lib/web/fetch/body.js:
  (*! formdata-polyfill. MIT License. Jimmy Wärting <https://jimmy.warting.se/opensource> *)
*/
