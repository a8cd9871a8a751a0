// navigator (https://html.spec.whatwg.org/#the-navigator-object): the few NavigatorID (userAgent, platform),
// NavigatorLanguage and NavigatorConcurrentHardware members a runtime can answer. The
// facts come from Rust on first read (never at snapshot time).
import { primordials } from "ext:core/mod.js";
import { op_web_hardware_concurrency, op_web_language, op_web_platform, op_web_user_agent } from "ext:core/ops";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import { inspectAttributes, privateCustomInspect } from "ext:x_ext_web/00_infra.js";

const { ObjectFreeze, Symbol } = primordials;

const illegalConstructorKey = Symbol("illegalConstructorKey");

let facts;
function navigatorFacts() {
  if (facts === undefined) {
    const language = op_web_language();
    facts = {
      userAgent: op_web_user_agent(),
      platform: op_web_platform(),
      hardwareConcurrency: op_web_hardware_concurrency(),
      language,
      // [SameObject]-like: the same frozen array on every read.
      languages: ObjectFreeze([language]),
    };
  }
  return facts;
}

class Navigator {
  constructor(key = undefined) {
    if (key !== illegalConstructorKey) webidl.illegalConstructor();
    webidl.setBrand(this);
  }

  get hardwareConcurrency() {
    webidl.assertBranded(this, NavigatorPrototype);
    return navigatorFacts().hardwareConcurrency;
  }

  get userAgent() {
    webidl.assertBranded(this, NavigatorPrototype);
    return navigatorFacts().userAgent;
  }

  get platform() {
    webidl.assertBranded(this, NavigatorPrototype);
    return navigatorFacts().platform;
  }

  get language() {
    webidl.assertBranded(this, NavigatorPrototype);
    return navigatorFacts().language;
  }

  get languages() {
    webidl.assertBranded(this, NavigatorPrototype);
    return navigatorFacts().languages;
  }

  [privateCustomInspect](inspect, options) {
    return inspectAttributes("Navigator", this, ["hardwareConcurrency", "userAgent", "platform", "language", "languages"], inspect, options);
  }
}
webidl.configureInterface(Navigator);
const NavigatorPrototype = Navigator.prototype;

const navigator = new Navigator(illegalConstructorKey);

export { Navigator, navigator };
