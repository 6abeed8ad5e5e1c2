// Runs one scenario file (contracts/scenarios/*.json) against the contract on the EVM.
import assert from 'node:assert/strict';
import { Chain, newActor, id32 } from './chain.js';

const ISSUER = ['NONE', 'ACTIVE', 'SUSPENDED'];
const KEY = ['NONE', 'ACTIVE', 'RETIRED', 'COMPROMISED'];
const CREDENTIAL = ['ACTIVE', 'REVOKED', 'SUSPENDED'];

export async function runScenario(scenario) {
  const chain = await Chain.create();
  const actors = new Map();
  const actor = (name) => {
    if (!actors.has(name)) actors.set(name, newActor(name));
    return actors.get(name);
  };
  await chain.deploy(actor('admin'));

  for (const [i, step] of scenario.steps.entries()) {
    const where = `${scenario.name} — step ${i + 1}: ${JSON.stringify(step)}`;
    if (step.advance !== undefined) {
      chain.advance(step.advance);
    } else if (step.op) {
      const r = await chain.send(actor(step.as), step.op, args(step, actor, chain));
      const outcome = r.ok ? 'ok' : r.reason;
      assert.equal(outcome, step.expect, where);
    } else if (step.check) {
      await check(chain, step, actor, where);
    } else {
      throw new Error('unknown step ' + where);
    }
  }
}

function args(step, actor, chain) {
  switch (step.op) {
    case 'addAdmin':
    case 'removeAdmin':
      return [actor(step.account).address];
    case 'registerIssuer':
      return [actor(step.key).pubKey, id32('metadata:' + step.key)];
    case 'suspendIssuer':
      return [actor(step.issuer).address, step.reason];
    case 'reinstateIssuer':
      return [actor(step.issuer).address];
    case 'rotateIssuerKey':
      return [actor(step.issuer).address, actor(step.key).pubKey];
    case 'reportKeyCompromise':
      return [actor(step.issuer).address, actor(step.key).address, chain.timestamp + BigInt(step.sinceSeconds)];
    case 'anchorBatch':
      return [id32(step.root), step.count];
    case 'revokeCredential':
    case 'suspendCredential':
      return [id32(step.id), step.reason];
    case 'reinstateCredential':
      return [id32(step.id)];
    default:
      throw new Error('unknown op ' + step.op);
  }
}

async function check(chain, step, actor, where) {
  switch (step.check) {
    case 'admin': {
      const [is] = await chain.read('isAdmin', [actor(step.account).address]);
      assert.equal(is, step.isAdmin, where);
      break;
    }
    case 'issuer': {
      const id = actor(step.issuer).address;
      const [status, , , , keyCount] = await chain.read('getIssuer', [id]);
      assert.equal(ISSUER[Number(status)], step.status, where);
      const keys = [];
      for (let k = 0n; k < keyCount; k++) {
        const key = await chain.read('getIssuerKey', [id, k]);
        keys.push(KEY[Number(key[1])]);
      }
      assert.deepEqual(keys, step.keys, where);
      break;
    }
    case 'anchor': {
      const [issuer, submittedBy, count] = await chain.read('getAnchor', [id32(step.root)]);
      const exists = issuer !== '0x0000000000000000000000000000000000000000';
      assert.equal(exists, step.exists ?? true, where);
      if (step.issuer) assert.equal(issuer.toLowerCase(), actor(step.issuer).address, where);
      if (step.submittedBy) assert.equal(submittedBy.toLowerCase(), actor(step.submittedBy).address, where);
      if (step.count !== undefined) assert.equal(Number(count), step.count, where);
      break;
    }
    case 'credential': {
      const [state, reason] = await chain.read('getCredentialStatus', [actor(step.issuer).address, id32(step.id)]);
      assert.equal(CREDENTIAL[Number(state)], step.state, where);
      if (step.reason !== undefined) assert.equal(Number(reason), step.reason, where);
      break;
    }
    default:
      throw new Error('unknown check ' + where);
  }
}
